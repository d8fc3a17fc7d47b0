/**
 * Load runs in interleaved rounds: A, B, (C), A, B, (C)… so that whatever else the machine does
 * at the time weighs on every side alike; figures are medians of the rounds, with their range,
 * and a ratio is the median of the ratios of each round.
 */
import autocannon from 'autocannon';

export interface Side {
  name: string;
  url: string;
  /** Requests each connection sends in turn, again and again. */
  requests: autocannon.Request[];
}

export interface Run {
  rps: number;
  p50: number;
  p99: number;
}

export interface LoadOptions {
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  log: (line: string) => void;
}

async function run(side: Side, seconds: number, connections: number): Promise<Run> {
  const result = await autocannon({
    url: side.url,
    connections,
    duration: seconds,
    // The load comes from a worker thread, so the server on the main thread has the event loop to itself.
    workers: 1,
    requests: side.requests,
  });
  // A request cut off when the run stops counts as an error; more than a handful means a real problem.
  if (result.non2xx > 0 || result.errors > Math.max(5, result.requests.total / 1000)) {
    throw new Error(
      `${side.name} (${side.url}): ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return {
    rps: result.requests.total / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/**
 * Waits until the side has served what the last run left queued: requests still in flight when a
 * run stops are served all the same (PGlite one statement at a time), and would otherwise eat into
 * the next side's run. The pool and PGlite serve in arrival order, so one more request answered
 * means the queue is empty.
 */
async function drained(side: Side): Promise<void> {
  const { path = '/', method = 'GET', headers, body } = side.requests[0] ?? {};
  const response = await fetch(new URL(path, side.url), {
    method,
    headers: headers as Record<string, string> | undefined,
    body: typeof body === 'string' ? body : undefined,
    signal: AbortSignal.timeout(300_000),
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${side.name} (${side.url}${path}): ${response.status}`);
}

export async function interleave(sides: Side[], options: LoadOptions): Promise<Map<string, Run[]>> {
  const runs = new Map<string, Run[]>(sides.map((side) => [side.name, []]));
  if (options.warmupSeconds > 0) {
    for (const side of sides) {
      await run(side, options.warmupSeconds, options.connections);
      await drained(side);
    }
  }
  for (let round = 0; round < options.rounds; round++) {
    for (const side of sides) {
      const figures = await run(side, options.seconds, options.connections);
      await drained(side);
      runs.get(side.name)!.push(figures);
      options.log(
        `  round ${round + 1} ${side.name}: ${figures.rps.toFixed(0)} req/s, p50 ${figures.p50} ms`,
      );
    }
  }
  return runs;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export interface Comparison {
  ours: number;
  other: number;
  ratio: number;
  range: { ours: [number, number]; other: [number, number]; ratio: [number, number] };
  p50ms: { ours: number; other: number };
}

/** Ours against another side, round by round. */
export function compare(ours: Run[], other: Run[]): Comparison {
  // A side that served nothing in a round (a run shorter than its latency) has no ratio that round.
  const ratios = ours.map((run, index) => run.rps / other[index]!.rps).filter(Number.isFinite);
  const span = (values: number[], digits: number): [number, number] =>
    values.length
      ? [round(Math.min(...values), digits), round(Math.max(...values), digits)]
      : [Number.NaN, Number.NaN];
  return {
    ours: round(median(ours.map((run) => run.rps)), 1),
    other: round(median(other.map((run) => run.rps)), 1),
    ratio: ratios.length ? round(median(ratios), 3) : Number.NaN,
    range: {
      ours: span(
        ours.map((run) => run.rps),
        1,
      ),
      other: span(
        other.map((run) => run.rps),
        1,
      ),
      ratio: span(ratios, 3),
    },
    p50ms: {
      ours: round(median(ours.map((run) => run.p50)), 2),
      other: round(median(other.map((run) => run.p50)), 2),
    },
  };
}
