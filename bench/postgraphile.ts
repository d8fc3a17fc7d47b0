/**
 * A peer a user might pick instead: PostGraphile 4.14, a generic GraphQL server over the same
 * PostgreSQL database, installed from the npm registry into a temporary folder by the benchmark
 * itself (it is not one of our dependencies) and run as a child process.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const VERSION = '4.14';

export interface Peer {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** What the list shows: a page of 50 public agreements by date of signature, with their parties. */
export const LIST_QUERY = `query List($after: Cursor) {
  allAgreements(first: 50, after: $after, orderBy: [SIGNED_ON_DESC, ID_DESC], condition: {visibility: "public"}) {
    nodes {
      id type status title themes signedOn startsOn endsOn visibility
      agreementPartiesByAgreementId(orderBy: POSITION_ASC) {
        nodes { position description countryCode organizationByOrganizationId { id kind subkind name countryCode placeId } }
      }
    }
    pageInfo { endCursor hasNextPage }
  }
}`;

/** What one agreement shows: its parties, parts with their signatories, approvals and status history. */
export const DETAIL_QUERY = `query One($id: UUID!) {
  agreementById(id: $id) {
    id type status title themes description termMonths renewal signedOn startsOn endsOn visibility version createdAt updatedAt
    agreementPartiesByAgreementId(orderBy: POSITION_ASC) {
      nodes { position description countryCode organizationByOrganizationId { id kind subkind name countryCode placeId } }
    }
    agreementPartsByAgreementId(orderBy: NUMBER_ASC) {
      nodes {
        id number kind title plannedFrom plannedTo signedOn signingEventId extendsTermMonths
        placeBySigningPlaceId { id name names countryCode }
        partSignatoriesByPartId(orderBy: [ROLE_ASC, ID_ASC]) {
          nodes { id partyOrganizationId role postLabel personByPersonId { id name names } }
        }
      }
    }
    approvalsByAgreementId(orderBy: [CREATED_AT_ASC, ID_ASC]) {
      nodes { id partyOrganizationId authorityOrganizationId authorityName reference decidedOn decision note }
    }
    agreementTransitionsByAgreementId(orderBy: ID_ASC) { nodes { id fromStatus toStatus actor reason at } }
  }
}`;

export function graphqlRequest(query: string, variables: Record<string, unknown>) {
  return {
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  };
}

/** Sends one query and returns its data, failing on a GraphQL error (answered 200 all the same). */
export async function askGraphql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (!response.ok || answer.errors || !answer.data) {
    throw new Error(`PostGraphile answered ${response.status}: ${JSON.stringify(answer).slice(0, 500)}`);
  }
  return answer.data;
}

export async function startPostGraphile(databaseUrl: string, log: (line: string) => void): Promise<Peer> {
  const folder = await mkdtemp(join(tmpdir(), 'jumelage-bench-postgraphile-'));
  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    await rm(folder, { recursive: true, force: true });
  };
  try {
    log(`installing postgraphile@${VERSION} from the npm registry`);
    await promisify(execFile)(
      'npm',
      [
        'install',
        '--prefix',
        folder,
        `postgraphile@${VERSION}`,
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const port = await freePort();
    const output: string[] = [];
    child = spawn(
      process.execPath,
      [
        join(folder, 'node_modules', 'postgraphile', 'cli.js'),
        '--connection',
        databaseUrl,
        '--schema',
        'public',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        '--max-pool-size',
        '10',
        '--dynamic-json',
        '--no-setof-functions-contain-nulls',
        '--disable-graphiql',
        '--disable-query-log',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const keep = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.length > 50) output.shift();
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    // A benchmark stopped half-way leaves no server behind.
    const killOnExit = () => child?.kill('SIGKILL');
    process.once('exit', killOnExit);
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`PostGraphile exited: ${output.join('')}`);
      try {
        await askGraphql(url, '{ __typename }', {});
        break;
      } catch (error) {
        if (Date.now() > deadline)
          throw new Error(`PostGraphile did not start: ${error}\n${output.join('')}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    log(`PostGraphile ${VERSION} listening on ${url}`);
    return {
      url,
      stop: async () => {
        process.off('exit', killOnExit);
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
