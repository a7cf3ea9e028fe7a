import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BUNDLED_DATASET_PATH } from '../src/data-access/bundled-dataset-path.ts';
import { makeBuildCheck } from '../src/data-access/make-build-check.ts';
import { bundledCheck } from './bundled-check-plugin.ts';

// The plugin loads the validator through Vite's module runner, which takes a few seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const repo = path.resolve(import.meta.dirname, '..');

/** The check's module as the plugin makes it with its root at `root`, and what it warned and watched. */
async function moduleAt(root: string) {
  const plugin = bundledCheck();
  const call = <T>(hook: unknown, thisArg: unknown, ...args: unknown[]) =>
    (hook as (...a: unknown[]) => T).apply(thisArg, args);
  call(plugin.configResolved, undefined, { root });
  const id = call<string>(plugin.resolveId, undefined, 'virtual:parley-bundled-check');
  const warnings: string[] = [];
  const watched: string[] = [];
  const context = {
    warn: (text: string) => warnings.push(text),
    addWatchFile: (file: string) => watched.push(file),
  };
  const code = await call<Promise<string>>(plugin.load, context, id);
  const exported = /^export default (.*);$/s.exec(code)?.[1];
  return { check: JSON.parse(exported ?? 'undefined') as unknown, warnings, watched };
}

describe('the bundled check plugin', () => {
  it('makes the module of the bundled dataset’s check, watching the file and the code it is made from', async () => {
    const file = path.join(repo, BUNDLED_DATASET_PATH);
    const { check, warnings, watched } = await moduleAt(repo);
    const made = await makeBuildCheck(await readFile(file));
    expect(made.ok && check).toEqual(made.ok && made.check);
    expect(warnings).toEqual([]);
    // The data, and (for the dev server) the code that made the check: the maker and what it imports.
    expect(watched[0]).toBe(file);
    for (const source of [
      'data-access/make-build-check.ts',
      'domain/validate-dataset.ts',
      'domain/collate-words.ts',
    ]) {
      expect(watched).toContain(path.join(repo, 'src', source));
    }
  });

  it('exports null, and says why, where there is no bundled dataset to check', async () => {
    const { check, warnings } = await moduleAt(await mkdtemp(path.join(tmpdir(), 'parley-no-data-')));
    expect(check).toBeNull();
    expect(warnings).toEqual([`${BUNDLED_DATASET_PATH} has no build check: there is no such file`]);
  });

  it('leaves every other module to the rest of the build', () => {
    const plugin = bundledCheck();
    expect((plugin.resolveId as (id: string) => unknown)('virtual:other')).toBeUndefined();
  });
});
