import { cp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { buildCheckAddress } from '../src/data-access/build-check.ts';
import { makeBuildCheck } from '../src/data-access/make-build-check.ts';

const dataDir = path.resolve(import.meta.dirname, '..', 'data');

/**
 * Serves data/*.json at /data/ in dev and preview-less builds, and copies data/ into dist/data/,
 * so the app fetches its dataset at run time like any other dataset URL. Beside each data file goes the
 * build's check of it (src/data-access/build-check.ts), made as the dev server is asked for it.
 */
export function bundledData(): Plugin {
  return {
    name: 'parley-bundled-data',
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        if (!/^[\w.-]+\.json$/.test(name)) return next();
        const checkOf = name.replace(/\.checked\.json$/, '.json');
        const body =
          checkOf !== name
            ? readFile(path.join(dataDir, checkOf)).then(checkText)
            : readFile(path.join(dataDir, name));
        body
          .then((answer) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(answer);
          })
          .catch((error: unknown) => {
            res.statusCode = 404;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(`Not found: /data/${name} (${error instanceof Error ? error.message : String(error)})`);
          });
      });
    },
    async writeBundle(options) {
      const outDir = options.dir ?? path.resolve(import.meta.dirname, '..', 'dist');
      if (!(await stat(dataDir).catch(() => null))) return;
      await cp(dataDir, path.join(outDir, 'data'), {
        recursive: true,
        filter: (source) => !source.endsWith('.md'),
      });
      for (const file of dataFiles(await readdir(dataDir))) {
        try {
          const text = await checkText(await readFile(path.join(dataDir, file)));
          await writeFile(path.join(outDir, 'data', buildCheckAddress(file)), text);
        } catch (error) {
          // The app still reads the file, in every reader's browser; only the check's saving is lost.
          this.warn(
            `data/${file} has no build check: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
    },
  };
}

/** The data files among `names`: JSON, not a check. */
function dataFiles(names: readonly string[]): string[] {
  return names.filter((name) => name.endsWith('.json') && !name.endsWith('.checked.json'));
}

/** The check of a data file's bytes, as the JSON written beside it. */
async function checkText(bytes: Uint8Array): Promise<string> {
  const result = await makeBuildCheck(bytes);
  if (!result.ok) throw new Error(result.reason);
  return JSON.stringify(result.check);
}
