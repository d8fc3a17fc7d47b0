import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { expectData, serverClient } from './api-client.ts';

/** A `jumelage serve` process of its own, as production runs it. */
export interface ServerProcess {
  child: ChildProcess;
  /** Its address, e.g. http://127.0.0.1:41234 */
  url: string;
  /** What it wrote to standard error and output so far. */
  output(): string;
  /** Resolves with its exit code once it has exited. */
  exited: Promise<number | null>;
}

/** Starts `jumelage serve --no-gazetteer --no-demo` on a free port with `environment`, and waits until it listens. */
export async function startServer(
  environment: NodeJS.ProcessEnv,
  timeoutMs = 120_000,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['bin/jumelage.js', 'serve', '--no-gazetteer', '--no-demo'], {
    env: { ...environment, PORT: environment.PORT ?? '0', LOG_LEVEL: environment.LOG_LEVEL ?? 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /Ready in [\d.]+ s: (http:\/\/[^/\s]+)\//.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before it listened:\n${output}`));
    });
  });
  return { child, url, output: () => output, exited };
}

/** Stops a server if it still runs, and waits for it. */
export async function stopServer(server: ServerProcess | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  await server.exited;
}

export const SERVER_TEST_PASSWORD = 'copper lantern orbit mosaic';

/**
 * A platform administrator made with `jumelage admin create`, signed in on `url` with two-factor
 * sign-in turned on, and a read-write API token of theirs.
 */
export async function adminWithToken(
  environment: NodeJS.ProcessEnv,
  url: string,
  email = `admin-${process.pid}-${Date.now()}@example.org`,
): Promise<{ email: string; cookie: string; token: string; secret: string }> {
  const { execFile } = await import('node:child_process');
  const { promisify } = await import('node:util');
  const { totpCode } = await import('../../src/accounts/two-factor/codes.ts');
  await promisify(execFile)(
    process.execPath,
    ['bin/jumelage.js', 'admin', 'create', '--email', email, '--name', 'Admin'],
    {
      env: { ...environment, JUMELAGE_ADMIN_PASSWORD: SERVER_TEST_PASSWORD },
    },
  );
  const signIn = await serverClient(url).POST('/api/auth/sign-in', {
    body: { email, password: SERVER_TEST_PASSWORD },
  });
  if (signIn.response.status !== 200) throw new Error(`sign-in: ${JSON.stringify(signIn.error)}`);
  const cookie = String(signIn.response.headers.get('set-cookie')).split(';')[0]!;
  const admin = serverClient(url, { cookie });
  const setUp = admin.POST('/api/auth/two-factor/setup', { body: { password: SERVER_TEST_PASSWORD } });
  const { secret } = await expectData(setUp, 200);
  await expectData(admin.POST('/api/auth/two-factor/enable', { body: { code: totpCode(secret) } }), 200);
  const created = await expectData(
    admin.POST('/api/tokens', { body: { name: 'load', access: 'read_write' } }),
    201,
  );
  return { email, cookie, token: created.secret, secret };
}
