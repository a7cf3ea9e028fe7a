import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { FIXTURE_SERVER_PORT } from './fixture-server-port.ts';
import { serveFault } from './transport-faults.ts';

// Serves test datasets from another origin (with CORS, as a real open-data host would).
const roots = {
  '/fixtures/': path.resolve(import.meta.dirname, 'fixtures'),
  '/domain-fixtures/': path.resolve(import.meta.dirname, '../src/domain/fixtures'),
  '/data/': path.resolve(import.meta.dirname, '../data'),
};

// Host pages a test writes (PUT) and then opens: a news article on another origin that embeds Parley.
const pages = new Map<string, string>();
const PAGE = /^\/pages\/[\w-]+\.html$/;

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${FIXTURE_SERVER_PORT}`);
  res.setHeader('Access-Control-Allow-Origin', '*');
  if (url.pathname === '/health') {
    res.end('ok');
    return;
  }
  if (PAGE.test(url.pathname)) {
    if (req.method === 'PUT') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        pages.set(url.pathname, body);
        res.end('stored');
      });
      return;
    }
    const page = pages.get(url.pathname);
    res.statusCode = page === undefined ? 404 : 200;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(page ?? 'not found');
    return;
  }
  if (url.pathname.startsWith('/faults/')) {
    serveFault(req, res, url, (name) => fileFor(name));
    return;
  }
  const entry = Object.entries(roots).find(([prefix]) => url.pathname.startsWith(prefix));
  const name = entry ? url.pathname.slice(entry[0].length) : '';
  if (!entry || !/^[\w.-]+\.json$/.test(name)) {
    res.statusCode = 404;
    res.end('not found');
    return;
  }
  readFile(path.join(entry[1], name))
    .then((body) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(body);
    })
    .catch(() => {
      res.statusCode = 404;
      res.end('not found');
    });
});

/** The bytes of a served file by its path (`/data/x.json`), or null when there is none. */
async function fileFor(pathname: string): Promise<Buffer | null> {
  const entry = Object.entries(roots).find(([prefix]) => pathname.startsWith(prefix));
  const name = entry ? pathname.slice(entry[0].length) : '';
  if (!entry || !/^[\w.-]+\.json$/.test(name)) return null;
  return readFile(path.join(entry[1], name)).catch(() => null);
}

server.listen(FIXTURE_SERVER_PORT, '127.0.0.1');
