import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, symlink, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Each boundary rule of `npm run lint` is shown to fail on a deliberate violation, so a config change that
// silently disables one is caught. The files linted here exist only for the duration of the test.

const root = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });
const probeDir = path.join(root, 'src/domain', `lint-probe-${process.pid}-${Date.now()}`);

async function lint(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint boundaries', () => {
  beforeAll(async () => {
    await mkdir(probeDir);
    await writeFile(
      path.join(probeDir, 'a.ts'),
      "import { b } from './b.ts';\nexport const a = (): number => b();\n",
    );
    await writeFile(
      path.join(probeDir, 'b.ts'),
      "import { a } from './a.ts';\nexport const b = (): number => a();\n",
    );
  });
  afterAll(() => rm(probeDir, { recursive: true, force: true }));

  it('fails a feature that imports another feature, and says where the shared piece goes', async () => {
    const messages = await lint(
      'src/features/filters/probe.ts',
      "import { LAYOUT } from '../timeline/mark-layout.ts';\nexport const rowHeight = LAYOUT.rowHeight;\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*never imports another feature.*src\/app\//),
    ]);
  });

  it('lets a feature import its own files and shared folders', async () => {
    const messages = await lint(
      'src/features/timeline/probe.ts',
      "import { LAYOUT } from './mark-layout.ts';\nimport { DAY_MS } from '../../domain/calendar-days.ts';\nexport const x = LAYOUT.rowHeight * DAY_MS;\n",
    );
    expect(messages).toEqual([]);
  });

  it('fails shared code that imports a feature or the app', async () => {
    const messages = await lint(
      'src/hooks/probe.ts',
      "import { LAYOUT } from '../features/timeline/mark-layout.ts';\nexport const x = LAYOUT;\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*src\/hooks\/ is shared code/),
    ]);
  });

  it('fails domain code that imports React or touches the DOM', async () => {
    const messages = await lint(
      'src/domain/probe.ts',
      "import { useState } from 'react';\nexport const probe = () => [useState, document.title, window.innerWidth];\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*src\/domain\/ imports no React/),
      expect.stringMatching(/^no-restricted-globals: Unexpected use of 'document'\. src\/domain\/ is pure/),
      expect.stringMatching(/^no-restricted-globals: Unexpected use of 'window'\./),
    ]);
  });

  it('lets domain code use what Node and browsers share', async () => {
    const messages = await lint(
      'src/domain/probe.ts',
      'export const probe = () => new URL(String(Date.now()), "https://x.test").host;\n',
    );
    expect(messages).toEqual([]);
  });

  it('fails an import cycle', async () => {
    const file = path.relative(root, path.join(probeDir, 'a.ts'));
    const messages = await lint(file, "import { b } from './b.ts';\nexport const a = (): number => b();\n");
    expect(messages).toEqual(['import-x/no-cycle: Dependency cycle detected']);
  });
});

describe('unused dependencies and exports (knip)', () => {
  let project: string;
  beforeAll(async () => {
    project = await mkdtemp(path.join(tmpdir(), 'parley-knip-'));
    await copyFile(path.join(root, 'knip.jsonc'), path.join(project, 'knip.jsonc'));
    await symlink(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
    await mkdir(path.join(project, 'src'));
    await writeFile(
      path.join(project, 'package.json'),
      JSON.stringify({
        name: 'probe',
        type: 'module',
        dependencies: { 'd3-scale': '*', zod: '*' },
        devDependencies: { vite: '*', vitest: '*', typescript: '*' },
      }),
    );
    await writeFile(path.join(project, 'index.html'), '<script type="module" src="/src/main.ts"></script>\n');
    await writeFile(
      path.join(project, 'src/main.ts'),
      "import { scaleTime } from 'd3-scale';\nimport { used } from './lib.ts';\nconsole.log(scaleTime, used);\n",
    );
    await writeFile(
      path.join(project, 'src/lib.ts'),
      'export const used = 1;\nexport const nobodyUses = 2;\nexport const onlyTestsUse = 3;\n/** @internal */\nexport const testSeam = 4;\n',
    );
    await writeFile(
      path.join(project, 'src/lib.test.ts'),
      "import { expect, it } from 'vitest';\nimport { onlyTestsUse, testSeam } from './lib.ts';\nit('x', () => expect(onlyTestsUse + testSeam).toBe(7));\n",
    );
  });
  afterAll(() => rm(project, { recursive: true, force: true }));

  const knip = async (...args: string[]) => {
    const bin = path.join(root, 'node_modules/.bin/knip');
    try {
      await promisify(execFile)(bin, ['--no-config-hints', '--no-progress', ...args], { cwd: project });
      return { failed: false, output: '' };
    } catch (error) {
      return { failed: true, output: String((error as { stdout?: string }).stdout) };
    }
  };

  it('fails on an unused dependency and an export nobody imports', async () => {
    const { failed, output } = await knip();
    expect(failed).toBe(true);
    expect(output).toMatch(/zod/);
    expect(output).toMatch(/nobodyUses/);
    expect(output).not.toMatch(/onlyTestsUse/);
  });

  it('in production mode, also fails on an export only a test imports, unless tagged @internal', async () => {
    const { failed, output } = await knip('--production');
    expect(failed).toBe(true);
    expect(output).toMatch(/onlyTestsUse/);
    expect(output).not.toMatch(/testSeam/);
  });
});
