import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import path from 'node:path';

/** A server this script started, and how to stop it. */
export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a command in its own process group, because npx starts the real program as a grandchild that
 * killing npx alone would leave running. Whatever happens to this process, the group dies with it.
 */
function spawnGroup(command: string, args: readonly string[]) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.on('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  return { child, output: () => output.trim() };
}

/** Runs a command to completion with its output captured; rejects with that output when it fails. */
export function runCommand(command: string, args: readonly string[], timeoutMs: number): Promise<void> {
  const { child, output } = spawnGroup(command, args);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), timeoutMs);
    child.on('error', (error) => reject(error));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else
        reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${output()}`));
    });
  });
}

/** Serves dist/ with `vite preview` on a fixed port, and waits until it answers. */
export async function startPreview(port: number, timeoutMs = 30_000): Promise<RunningServer> {
  // Otherwise a server already on the port would answer the readiness check for a vite that failed to start.
  await assertPortFree(port);
  const args = ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  const { child, output } = spawnGroup('npx', args);
  const server: RunningServer = {
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`vite preview exited (code ${child.exitCode}):\n${output()}`);
    const ok = await fetch(server.url, { signal: AbortSignal.timeout(2000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await server.stop();
  throw new Error(`vite preview did not answer on ${server.url} within ${timeoutMs / 1000} s:\n${output()}`);
}

/** Rejects with a readable reason when something already listens on the port. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createTcpServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(`port ${port} is not free (${error.code ?? error.message}): stop what uses it and retry`),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Serves the *.json files of one folder on a second origin, as a dataset host would: with CORS, and with
 * Timing-Allow-Origin so resource timing (the dataset worker's, since it downloads) shows the real phases.
 * `pages` are HTML pages served beside them by name (the benchmark's floor page).
 */
export function startDataServer(
  dir: string,
  port: number,
  pages: Readonly<Record<string, string>> = {},
): Promise<RunningServer> {
  const server = createServer((request, response) => {
    const name = fileName(request.url ?? '/');
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Timing-Allow-Origin', '*');
    response.setHeader('Cache-Control', 'no-store');
    const notFound = () => {
      const asked = name === null ? request.url : `/${name}`;
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${asked}`);
    };
    if (name === null) return notFound();
    const page = Object.hasOwn(pages, name) ? pages[name] : undefined;
    if (page !== undefined) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    if (!/^[\w.-]+\.json$/.test(name)) return notFound();
    const file = path.join(dir, name);
    stat(file).then((info) => {
      response.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': info.size,
      });
      createReadStream(file).pipe(response);
    }, notFound);
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error) =>
      reject(new Error(`cannot serve datasets on port ${port}: ${error.message}`)),
    );
    server.listen(port, '127.0.0.1', () => {
      // The port listened on, which the system chooses when asked for port 0.
      const address = server.address();
      const listening = typeof address === 'object' && address !== null ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${listening}/`,
        stop: () => new Promise<void>((done) => server.close(() => done()).closeAllConnections()),
      });
    });
  });
}

/** The file a request names, or null for a path that is not valid percent-encoding (such as `/%E0`). */
function fileName(url: string): string | null {
  try {
    return decodeURIComponent(new URL(url, 'http://x').pathname.slice(1));
  } catch {
    return null;
  }
}
