import cliProgress from 'cli-progress';

// The bundled cities500 dump has this many lines; the bar only needs an approximate total.
const GAZETTEER_LINES = 199_568;

/** A progress bar on a terminal, a line every few seconds otherwise (CI logs, pipes). */
export function createProgressReporter(label: string, total = GAZETTEER_LINES) {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`,
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 5000,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    update: (value: number) => bar.update(Math.min(value, total)),
    finish: () => bar.stop(),
  };
}
