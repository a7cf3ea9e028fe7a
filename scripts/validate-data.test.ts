import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/domain/schema.ts';
import { MAX_DATASET_BYTES, main, type Output } from './validate-data.ts';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = 'src/domain/fixtures';

async function run(args: string[], cwd = root): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const output: Output = { out: (line) => lines.push(line), err: (line) => lines.push(`stderr: ${line}`) };
  return { code: await main(args, output, cwd), lines };
}

const scratchDirs: string[] = [];
afterAll(() => scratchDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A scratch project folder with the given files copied into data/. */
function projectWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-validate-'));
  scratchDirs.push(dir);
  mkdirSync(path.join(dir, 'data'));
  for (const [name, source] of Object.entries(files))
    cpSync(path.join(root, source), path.join(dir, 'data', name));
  return dir;
}

describe('validate-data', () => {
  it('prints one summary line for a valid file and exits 0', async () => {
    expect(await run([`${fixtures}/valid-small.json`])).toEqual({
      code: 0,
      lines: [
        `${fixtures}/valid-small.json: valid — 2 talks rounds, 1 other event, 3 parties, 3 people, 3 topics, 4 sources, 1 dispute`,
      ],
    });
  });

  it('lists each problem of an invalid file on its own line and exits 1', async () => {
    expect(await run([`${fixtures}/unknown-party.json`])).toEqual({
      code: 1,
      lines: [
        `${fixtures}/unknown-party.json: 1 problem`,
        '  rounds[0].participants[2].party: unknown party "laek" (known: north, south, lake)',
      ],
    });
  });

  it('reports an unreadable file in one line and still checks the others', async () => {
    const { code, lines } = await run(['no/such/file.json', fixtures, `${fixtures}/valid-small.json`]);
    expect(code).toBe(1);
    expect(lines).toEqual([
      'no/such/file.json: cannot read the file (no such file)',
      `${fixtures}: cannot read the file (it is a directory)`,
      expect.stringMatching(/valid-small\.json: valid — /),
    ]);
  });

  it('checks every data/*.json in name order when given no files, and nothing else there', async () => {
    const dir = projectWith({ 'b.json': `${fixtures}/valid-small.json`, 'a.json': `${fixtures}/empty.json` });
    writeFileSync(path.join(dir, 'data', 'README.md'), '# not a dataset');
    expect(await run([], dir)).toEqual({
      code: 1,
      lines: [
        'data/a.json: 1 problem',
        '  (root): the file is empty',
        expect.stringMatching(/^data\/b\.json: valid — /),
      ],
    });
  });

  it('fails when there is nothing to check', async () => {
    expect(await run([], projectWith({}))).toEqual({
      code: 1,
      lines: ['no datasets to check: data/ has no .json files (or name the files to check)'],
    });
  });

  it('turns an unexpected error into one "internal error" line and exit code 2', async () => {
    const errors: string[] = [];
    const broken: Output = {
      out: () => {
        throw new Error('stdout closed');
      },
      err: (line) => errors.push(line),
    };
    expect(await main([`${fixtures}/valid-small.json`], broken, root)).toBe(2);
    expect(errors).toEqual(['internal error: stdout closed']);
  });

  it('runs as a command with the same output and exit code, and no stack trace', () => {
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    const args = ['scripts/validate-data.ts', `${fixtures}/javascript-url.json`, 'missing.json'];
    const result = spawnSync(tsx, args, { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      `${fixtures}/javascript-url.json: 1 problem`,
      '  sources[0].url: must be an http(s) URL (got "javascript:alert(document.cookie)")',
      'missing.json: cannot read the file (no such file)',
    ]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  describe('hostile input', () => {
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    // The oracle is written independently of terminal-safe.ts: matching control characters is the point.
    // eslint-disable-next-line no-control-regex
    const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

    /** Runs the real command with a time limit: a hang fails the test instead of stalling the suite. */
    function command(args: string[]) {
      return spawnSync(tsx, ['scripts/validate-data.ts', ...args], {
        cwd: root,
        encoding: 'utf8',
        timeout: 20_000,
      });
    }

    function scratch(): string {
      const dir = mkdtempSync(path.join(tmpdir(), 'parley-hostile-'));
      scratchDirs.push(dir);
      return dir;
    }

    /** valid-small.json changed by `edit`, written to `file`. */
    function writeVariant(file: string, edit: (dataset: Dataset) => void): void {
      const dataset: Dataset = JSON.parse(
        readFileSync(path.join(root, fixtures, 'valid-small.json'), 'utf8'),
      );
      edit(dataset);
      writeFileSync(file, JSON.stringify(dataset));
    }

    it('shows escape sequences in names, ids and file names escaped, never raw', () => {
      const dir = scratch();
      // A delegate whose party no longer matches makes the message print the person's name.
      const nameFile = path.join(dir, 'evil\u001b]0;title\u0007\nname.json');
      writeVariant(nameFile, (dataset) => {
        dataset.people[0]!.name = '\u001b]0;pwned\u0007\u001b[2JBob';
        dataset.people[0]!.party = 'south';
      });
      const idFile = path.join(dir, 'id.json');
      writeVariant(idFile, (dataset) => (dataset.rounds[0]!.participants[2]!.party = 'x\u001b[31my'));
      const result = command([nameFile, idFile]);
      expect(result.status).toBe(1);
      expect(result.stdout + result.stderr).not.toMatch(CONTROL);
      expect(result.stdout).toContain('evil\\x1b]0;title\\x07\\nname.json: 1 problem');
      expect(result.stdout).toContain('\\x1b]0;pwned\\x07\\x1b[2JBob belongs to party south, not north');
      expect(result.stdout).toContain('(got "x\\u001b[31my")');
    });

    it('refuses a named pipe at once instead of waiting for a writer', () => {
      const fifo = path.join(scratch(), 'pipe.json');
      const made = spawnSync('mkfifo', [fifo]);
      expect(made.status).toBe(0);
      const result = command([fifo]);
      expect(result.error).toBeUndefined();
      expect(result.status).toBe(1);
      expect(result.stdout).toContain(
        'pipe.json: cannot read the file (it is a named pipe, not a regular file)',
      );
    });

    it('refuses a device file such as /dev/urandom', () => {
      const result = command(['/dev/urandom']);
      expect(result.error).toBeUndefined();
      expect(result.status).toBe(1);
      expect(result.stdout.trim()).toBe(
        '/dev/urandom: cannot read the file (it is a device, not a regular file)',
      );
    });

    it('refuses a file larger than the documented limit without reading it', () => {
      const big = path.join(scratch(), 'huge.json');
      writeFileSync(big, '');
      truncateSync(big, MAX_DATASET_BYTES + 1); // sparse: takes no disk space
      const result = command([big]);
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(
        /huge\.json: cannot read the file \(it is \d+ MB, more than the 256 MB a dataset may have\)/,
      );
    });
  });
});
