import type { IncomingMessage, ServerResponse } from 'node:http';
import { FIXTURE_SERVER_PORT } from './fixture-server-port.ts';

/**
 * Servers that misbehave the way real ones do, for the loading journeys. A path is
 * `/faults/<fault>/<key>/<served path>`, e.g. `/faults/hang/t1/data/russia-ukraine-talks.json`:
 * - `hang`: accepts the request and never answers, the first time a key is asked; later it serves the file
 *   (a server that recovers, so Retry can be tested).
 * - `stall`: sends the headers and the first part of the body, then nothing, the first time.
 * - `reset`: sends the headers (with the full Content-Length) and part of the body, then resets the TCP
 *   connection, the first time.
 * - `huge`: announces a body of 300 MB (more than Parley reads) and sends a little of it, every time.
 * - `pause`: sends the first 300 kB, waits 6 s, then the rest (long enough to be seen on a loaded machine) (a large, slow but steady download).
 * - `redirect-302` / `redirect-307`: redirects to the same file on another origin (`localhost` instead
 *   of `127.0.0.1`), every time.
 */
const seen = new Set<string>();
const FAULT = /^\/faults\/(hang|stall|reset|huge|pause|redirect-302|redirect-307)\/([\w-]+)(\/.+)$/;
const PAUSE_AFTER_BYTES = 300_000;
export const HUGE_BYTES = 300 * 1024 * 1024;

export function serveFault(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  fileFor: (pathname: string) => Promise<Buffer | null>,
): void {
  const match = FAULT.exec(url.pathname);
  if (!match) {
    res.statusCode = 404;
    res.end('unknown fault');
    return;
  }
  const [, fault, key, served] = match as unknown as [string, string, string, string];
  if (fault.startsWith('redirect-')) {
    res.statusCode = Number(fault.slice('redirect-'.length));
    res.setHeader('Location', `http://localhost:${FIXTURE_SERVER_PORT}${served}`);
    res.end();
    return;
  }
  const first = !seen.has(`${fault}/${key}`);
  seen.add(`${fault}/${key}`);
  if (fault === 'hang' && first) return; // The socket stays open; nothing is ever written.
  if (fault === 'huge') {
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Content-Length', String(HUGE_BYTES));
    res.write('{"meta":');
    return;
  }
  void fileFor(served).then((body) => {
    if (!body) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Content-Length', String(body.length));
    const half = body.subarray(0, Math.floor(body.length / 2));
    if (fault === 'stall' && first) {
      res.write(half);
      return; // Headers and half the body, then silence on an open connection.
    }
    if (fault === 'reset' && first) {
      res.write(half, () => setTimeout(() => req.socket.resetAndDestroy(), 100));
      return;
    }
    if (fault === 'pause') {
      res.write(body.subarray(0, PAUSE_AFTER_BYTES));
      setTimeout(() => res.end(body.subarray(PAUSE_AFTER_BYTES)), 6000);
      return;
    }
    res.end(body);
  });
}
