import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { BUNDLED_DATASET_PATH } from '../src/data-access/bundled-dataset-path.ts';
import type { makeBuildCheck } from '../src/data-access/make-build-check.ts';

/** The module the page imports for the bundled dataset's check (build-check.ts, load-bundled-on-page.ts). */
const CHECK_MODULE = 'virtual:parley-bundled-check';
const RESOLVED_CHECK_MODULE = `\0${CHECK_MODULE}`;
/**
 * Loaded by path, not imported: code the config imports is a config dependency, and the dev server restarts
 * (instead of reloading a module) whenever one of them is edited.
 */
const CHECK_MAKER = '/src/data-access/make-build-check.ts';
/** The app's own folder, where CHECK_MAKER is found, whatever the build's root. */
const APP_ROOT = path.resolve(import.meta.dirname, '..');

/**
 * The build's check of the bundled dataset (src/data-access/build-check.ts), as a module the page imports: made
 * from data/ as the module is built (or, in dev, asked for), and in a chunk named by its content, so that a page
 * never meets the check of another build. A dataset the build cannot vouch for gets null, and a warning that
 * says why.
 */
export function bundledCheck(): Plugin {
  let root = process.cwd();
  return {
    name: 'parley-bundled-check',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === CHECK_MODULE ? RESOLVED_CHECK_MODULE : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_CHECK_MODULE) return undefined;
      const file = path.join(root, BUNDLED_DATASET_PATH);
      this.addWatchFile(file);
      const bytes = await readFile(file).catch(() => null);
      const result =
        bytes === null
          ? { ok: false as const, reason: 'there is no such file' }
          : await checkOf(bytes, (source) => this.addWatchFile(source));
      if (!result.ok) this.warn(`${BUNDLED_DATASET_PATH} has no build check: ${result.reason}`);
      return `export default ${JSON.stringify(result.ok ? result.check : null)};`;
    },
  };
}

/**
 * The check of the bundled dataset's bytes, made by the app's own code, loaded through Vite's module runner.
 * `watch` is told every source file that code came from: in dev, an edit to one must make the check again.
 */
async function checkOf(bytes: Uint8Array, watch: (file: string) => void) {
  const { module, dependencies } = await runnerImport<{ makeBuildCheck: typeof makeBuildCheck }>(
    CHECK_MAKER,
    {
      configFile: false,
      root: APP_ROOT,
      logLevel: 'silent',
    },
  );
  for (const source of [path.join(APP_ROOT, CHECK_MAKER), ...dependencies]) watch(source);
  return module.makeBuildCheck(bytes);
}
