/// <reference types="vitest/config" />
import { cp, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, type Plugin } from 'vite';
import { bundledCheck } from './scripts/bundled-check-plugin.ts';
import { previewHeaders } from './scripts/security-headers.ts';

const dataDir = path.resolve(import.meta.dirname, 'data');

/**
 * Serves data/*.json at /data/ in dev and preview-less builds, and copies data/ into dist/data/,
 * so the app fetches its dataset at run time like any other dataset URL.
 */
function bundledData(): Plugin {
  return {
    name: 'parley-bundled-data',
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        if (!/^[\w.-]+\.json$/.test(name)) return next();
        const file = path.join(dataDir, name);
        readFile(file)
          .then((body) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(body);
          })
          .catch(() => {
            res.statusCode = 404;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(`Not found: /data/${name}`);
          });
      });
    },
    async writeBundle(options) {
      const outDir = options.dir ?? path.resolve(import.meta.dirname, 'dist');
      if (await stat(dataDir).catch(() => null)) {
        await cp(dataDir, path.join(outDir, 'data'), {
          recursive: true,
          filter: (source) => !source.endsWith('.md'),
        });
      }
    },
  };
}

export default defineConfig({
  // A relative base lets the build be hosted under any sub-path.
  base: './',
  plugins: [react(), tailwindcss(), bundledData(), bundledCheck()],
  server: { host: '127.0.0.1' },
  build: {
    rolldownOptions: {
      output: {
        // The small modules the first picture needs that lazy views share as well would each become a chunk
        // of their own (a request and a gzip frame each); kept together they cost less to fetch.
        codeSplitting: {
          groups: [
            {
              name: 'shared-first-load',
              test: /src[\\/](utils[\\/]format-bytes|state[\\/]view-store|domain[\\/](vocabulary-labels|date-locale|calendar-days|vocabularies|round-filters|round-summary|filter-rounds)|i18n[\\/](plural|en-filters|catalogue|en-status)|components[\\/]preloadable-part)\.|node_modules[\\/]react[\\/](jsx-runtime|cjs[\\/]react-jsx-runtime)/,
            },
          ],
        },
      },
    },
  },
  // The dataset worker is a module that loads its reading code (validator, EDTF grammar) as a chunk of its own
  // while it downloads, and the spreadsheet reader only for a spreadsheet; an IIFE worker would inline them all.
  worker: { format: 'es' },
  // The production build is previewed (and tested end to end) with the headers a deployment should send.
  preview: { host: '127.0.0.1', headers: previewHeaders },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
    // Load on a shared 2-core machine, not slowness of the code, is what makes a test pass 5 s; no test asserts speed.
    testTimeout: 20_000,
    // For `vitest run` Vitest's default is the cores less one: one worker on a 2-core machine, where two ran
    // both time zones' tests in 120 s instead of 179 (three: 120 s), as the tests wait on imports and set-up as
    // much as they compute. Larger machines keep Vitest's defaults (watch mode's half the cores among them).
    ...(availableParallelism() <= 2 ? { maxWorkers: 2 } : {}),
    // Every test runs twice: in UTC, and in a zone far from it (UTC+12/+13, across the date line from the Americas),
    // so a date computed in local time instead of UTC shows as a failure.
    projects: [
      { extends: true, test: { name: 'utc', env: { TZ: 'UTC' } } },
      { extends: true, test: { name: 'auckland', env: { TZ: 'Pacific/Auckland' } } },
    ],
  },
});
