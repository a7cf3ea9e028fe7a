import { readdir, readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDatasetText, type DatasetSummary } from '../src/domain/validate-dataset.ts';
import { formatIssue } from '../src/domain/validation-issue.ts';
import { terminalSafe } from './terminal-safe.ts';

/** Where the command writes; tests pass their own to capture the lines. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

const consoleOutput: Output = { out: (line) => console.log(line), err: (line) => console.error(line) };

/**
 * The largest file the command reads. Far above any real dataset (100,000 generated rounds are about
 * 60 MB), and low enough that a mistaken argument (a disk image, a log) fails at once instead of filling memory.
 */
export const MAX_DATASET_BYTES = 256 * 1024 * 1024;

/** Every line goes through here: data strings and file names must not drive the terminal. */
function safeOutput(output: Output): Output {
  return { out: (line) => output.out(terminalSafe(line)), err: (line) => output.err(terminalSafe(line)) };
}

/**
 * `npm run validate:data [file…]`: validates the named dataset files, or every data/*.json.
 * Returns the exit code: 0 all valid, 1 a file is invalid or unreadable, 2 an internal error.
 */
export async function main(
  args: readonly string[],
  output: Output = consoleOutput,
  cwd = process.cwd(),
): Promise<number> {
  output = safeOutput(output);
  try {
    const files = args.length > 0 ? args : await bundledDatasets(cwd);
    if (files.length === 0) {
      output.out('no datasets to check: data/ has no .json files (or name the files to check)');
      return 1;
    }
    let allValid = true;
    for (const file of files) allValid = (await checkFile(file, cwd, output)) && allValid;
    return allValid ? 0 : 1;
  } catch (error) {
    output.err(`internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

async function checkFile(file: string, cwd: string, output: Output): Promise<boolean> {
  let text: string;
  try {
    const fullPath = path.resolve(cwd, file);
    // Look before reading: a FIFO would block for ever and a device (/dev/urandom) would never end.
    const info = await stat(fullPath);
    const refusal = refuseToRead(info);
    if (refusal !== undefined) {
      output.out(`${file}: cannot read the file (${refusal})`);
      return false;
    }
    text = await readFile(fullPath, 'utf8');
  } catch (error) {
    output.out(`${file}: cannot read the file (${describeReadError(error)})`);
    return false;
  }
  const result = parseDatasetText(text);
  if (result.ok) {
    output.out(`${file}: valid — ${describeSummary(result.summary)}`);
    return true;
  }
  const count = `${result.problemCountExact ? '' : 'at least '}${plural(result.problemCount, 'problem', 'problems')}`;
  output.out(`${file}: ${count}`);
  for (const issue of result.issues) output.out(`  ${formatIssue(issue)}`);
  return false;
}

/** "6 talks rounds, 3 other events, 5 parties, …" */
export function describeSummary(summary: DatasetSummary): string {
  return [
    plural(summary.talksRounds, 'talks round', 'talks rounds'),
    plural(summary.rounds - summary.talksRounds, 'other event', 'other events'),
    plural(summary.parties, 'party', 'parties'),
    plural(summary.people, 'person', 'people'),
    plural(summary.topics, 'topic', 'topics'),
    plural(summary.sources, 'source', 'sources'),
    plural(summary.disputes, 'dispute', 'disputes'),
  ].join(', ');
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

async function bundledDatasets(cwd: string): Promise<string[]> {
  const names = await readdir(path.join(cwd, 'data')).catch(() => []);
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `data/${name}`);
}

/** Why a path is not read at all, or undefined for a regular file of a sane size. */
function refuseToRead(info: Stats): string | undefined {
  if (info.isDirectory()) return 'it is a directory';
  if (info.isFIFO()) return 'it is a named pipe, not a regular file';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'it is a device, not a regular file';
  if (info.isSocket()) return 'it is a socket, not a regular file';
  if (!info.isFile()) return 'it is not a regular file';
  if (info.size > MAX_DATASET_BYTES) {
    return `it is ${megabytes(info.size)}, more than the ${megabytes(MAX_DATASET_BYTES)} a dataset may have`;
  }
  return undefined;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    // main catches its own errors; this is the last guard against a stack trace on the terminal.
    (error: unknown) => {
      console.error(`internal error: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
