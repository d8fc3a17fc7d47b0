import { Server as NetServer } from 'node:net';
import type { App } from './server-types.ts';

/**
 * Stops a listening app gracefully: no new connections; requests already sent are served, each
 * answer telling its client to close the connection; connections left idle are closed after a
 * moment; the app is closed once no connection is left. Requests still running `timeoutMs` after
 * the start are cut. Answers whether everything finished in time.
 */
export async function stopGracefully(app: App, timeoutMs: number): Promise<boolean> {
  const server = app.server;
  // Stop accepting without closing idle keep-alive connections at once (http.Server#close would):
  // a client may have sent a request on one that the server has not read yet, and would see it cut.
  NetServer.prototype.close.call(server);
  server.on('request', (_request, response) => {
    if (!response.headersSent) response.setHeader('connection', 'close');
  });
  const deadline = Date.now() + timeoutMs;
  const grace = Date.now() + Math.min(1_000, timeoutMs / 2);
  const openConnections = () =>
    new Promise<number>((resolve) => server.getConnections((_error, count) => resolve(count ?? 0)));
  while ((await openConnections()) > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Read what has arrived first (setImmediate runs after the event loop's I/O phase): a request
    // already sent but not read yet, after a busy moment, makes its connection busy, not idle.
    await new Promise((resolve) => setImmediate(resolve));
    // Busy connections close after their answer; those a client keeps idle are closed after the grace.
    if (Date.now() >= grace) server.closeIdleConnections();
  }
  const inTime = (await openConnections()) === 0;
  if (!inTime) {
    app.log.warn({ event: 'shutdown' }, 'requests still running at the shutdown timeout: cutting them');
    server.closeAllConnections();
  }
  await app.close();
  return inTime;
}
