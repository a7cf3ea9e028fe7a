import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatFirstLoad, type FirstLoad } from './first-load.ts';
import type { BenchOptions } from './options.ts';
import type { RunResult } from './measure-run.ts';
import { bundleSize, formatBundle, formatTable, summarise } from './report.ts';

/** Every run of one dataset size. */
export interface SizeResults {
  size: number;
  datasetBytes: number;
  runs: RunResult[];
}

const FLOOR_NOTE =
  'floor: a bare page on the data server that downloads the same dataset and then parses it in one go on ' +
  'its main thread (no checks, no app), loaded beside each run: a reference point, not a lower bound on ready.';
const CAVEAT =
  'Medians over runs. Headless Chromium: frame timing is approximate (no real display, software rendering); ' +
  'compare runs on the same machine, not with a real browser. Heap is measured after a forced GC.';

/** Prints the table, the bundle size, the first load, why figures are n/a and the caveat; saves it all as JSON. Returns the file. */
export async function printAndSaveResults(
  root: string,
  options: BenchOptions,
  results: readonly SizeResults[],
  firstLoad: FirstLoad | null,
  log: (line: string) => void,
): Promise<string> {
  const summaries = results.map(({ size, runs }) => summarise(size, runs));
  const bundle = await bundleSize(path.join(root, 'dist'));
  log('');
  log(formatTable(summaries));
  log('');
  log(formatBundle(bundle));
  log(formatFirstLoad(firstLoad));
  const notes = results.flatMap(({ size, runs }) =>
    [...new Set(runs.flatMap((run) => run.notes))].map((note) => `  size ${size}: ${note}`),
  );
  if (notes.length > 0) log(`n/a and notes:\n${notes.join('\n')}`);
  const targets = new Set(
    results.flatMap(({ runs }) => runs.flatMap((run) => run.interaction?.target ?? [])),
  );
  if (targets.size > 0) log(`interaction target: ${[...targets].join(', ')}`);
  if (options.networkMbps !== null)
    log(
      `network: the app and the data downloaded at ${options.networkMbps} Mbit/s, 20 ms latency (throttled)`,
    );
  log(FLOOR_NOTE);
  log(CAVEAT);

  const date = new Date().toISOString();
  const file = path.join(root, 'bench-results', `bench-${date.replace(/[:.]/g, '-')}.json`);
  const record = { date, commit: gitCommit(root), options, bundle, firstLoad, summaries, results };
  await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
  return file;
}

/** The commit measured ("-dirty" with uncommitted changes), so before/after figures can be told apart. */
function gitCommit(cwd: string): string | null {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { cwd, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}
