import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDataServer, type RunningServer } from './servers.ts';

const PROBE_PAGE = '<!doctype html><title>probe</title>';

let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'parley-data-server-'));
  await writeFile(path.join(dir, 'rounds.json'), '{"rounds":[]}');
  server = await startDataServer(dir, 0, { 'probe.html': PROBE_PAGE });
});

afterAll(async () => {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
});

it('listens on the port the system chose when asked for port 0, and says so in its address', () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(server.url).not.toBe('http://127.0.0.1:0/');
});

it('serves the pages it was given as HTML beside the datasets, and the datasets as JSON', async () => {
  const page = await fetch(`${server.url}probe.html?data=rounds.json`);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(await page.text()).toBe(PROBE_PAGE);

  const dataset = await fetch(`${server.url}rounds.json`);
  expect(dataset.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(await dataset.json()).toEqual({ rounds: [] });
});

it('serves no other page, nor a name inherited by every object, nor a path it cannot decode', async () => {
  for (const name of ['other.html', 'toString', 'constructor', '%E0']) {
    const response = await fetch(`${server.url}${name}`);
    expect(response.status, name).toBe(404);
    expect(await response.text(), name).toMatch(/^Not found: \//);
  }
  // The server is still up after the path it could not decode.
  expect((await fetch(`${server.url}rounds.json`)).status).toBe(200);
});
