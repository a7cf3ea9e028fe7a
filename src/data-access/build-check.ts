import type { DatedModel } from '../domain/dataset-model.ts';
import type { DatedRound } from '../domain/dated-rounds.ts';
import type { Dataset } from '../domain/schema.ts';
import type { DatasetBytes } from './dataset-bytes.ts';
import { joinBytes } from './join-bytes.ts';
import { entryDate, type OrderEntry } from './model-transfer.ts';

/*
 * The bundled dataset is checked when the app is built, not in every reader's browser. The build reads each
 * data/*.json file as the dataset worker would (validator, references, stories, EDTF dates) and writes beside
 * it what that reading made besides the data itself, with a digest of the bytes it read
 * (make-build-check.ts). When the bytes the worker downloads have that digest, it takes the data as JSON.parse
 * gives it and the rest from the check: the validator and the EDTF grammar (52 kB gzip, about a quarter of
 * the JavaScript a reader fetched before the bundled timeline was ready) are not loaded at all. Other bytes,
 * a data file replaced after the build, say, or a check that is missing or unreadable, are read the usual way.
 */

/** Bumped when what a check holds changes, so that a check written by another build is not trusted. */
export const BUILD_CHECK_FORMAT = 1;

/** What the build found reading one data file: all of a DatedModel but the data, which is the file as written. */
export interface BuildCheck {
  format: typeof BUILD_CHECK_FORMAT;
  /** SHA-256 of the file's bytes, in lower-case hex. */
  sha256: string;
  metaDates: DatedModel['metaDates'];
  filterValues: DatedModel['filterValues'];
  /** Every round, in time order. */
  order: OrderEntry[];
}

/** Where a data file's check is written: beside it, `talks.json` → `talks.checked.json`. */
export function buildCheckAddress(datasetAddress: string): string {
  return datasetAddress.replace(/\.json$/, '.checked.json');
}

/** A request for a dataset's check: `within(ms)` gives it, or null if it has not come `ms` after that call. */
export interface BuildCheckRequest {
  within(ms: number): Promise<unknown>;
}

/**
 * Asks for the check of the dataset at `datasetUrl` (resolved against `base`). It comes as parsed JSON, or null
 * when there is none to be had: a failed request or answer is not the dataset's failure, only a reason to read
 * it the usual way.
 */
export function requestBuildCheck(
  datasetUrl: string,
  base: string | undefined,
  signal?: AbortSignal,
): BuildCheckRequest {
  const answer = fetch(new URL(buildCheckAddress(datasetUrl), base), {
    ...(signal ? { signal } : {}),
    headers: { Accept: 'application/json' },
  })
    .then((response) => (response.ok ? (response.json() as Promise<unknown>) : null))
    .catch(() => null);
  return {
    within(ms) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
      return Promise.race([answer, late]).finally(() => clearTimeout(timer));
    },
  };
}

/** The bytes' SHA-256 in lower-case hex; null where Web Crypto is not offered (a page not served over https). */
export async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The model of the downloaded `body` (read as `text`) from the build's check of it, or null when the check is
 * not one for these bytes: another digest, another format, or an order that is not one entry for each round.
 * Never throws: a check that cannot be used only means reading the data the usual way.
 */
export async function modelFromBuildCheck(
  check: unknown,
  body: DatasetBytes,
  text: string,
): Promise<DatedModel | null> {
  try {
    if (!isBuildCheck(check) || (await sha256Hex(new Uint8Array(joinBytes(body)))) !== check.sha256)
      return null;
    // The build checked that the validator gives back exactly what JSON.parse gives (make-build-check.ts).
    const dataset = JSON.parse(text) as Dataset;
    const rounds = roundsInOrder(dataset, check.order);
    if (rounds === null) return null;
    return { dataset, rounds, metaDates: check.metaDates, filterValues: check.filterValues };
  } catch {
    return null;
  }
}

function isBuildCheck(value: unknown): value is BuildCheck {
  if (typeof value !== 'object' || value === null) return false;
  const check = value as Partial<BuildCheck>;
  return (
    check.format === BUILD_CHECK_FORMAT && typeof check.sha256 === 'string' && Array.isArray(check.order)
  );
}

/** The dataset's rounds dated in the check's order, or null unless it names each round exactly once. */
function roundsInOrder({ rounds }: Dataset, order: readonly OrderEntry[]): DatedRound[] | null {
  if (order.length !== rounds.length) return null;
  const named = new Uint8Array(rounds.length);
  const dated: DatedRound[] = [];
  for (const entry of order) {
    const [at, , , , , , , dateText] = entry;
    if (!Number.isInteger(at) || named[at] === 1 || typeof dateText !== 'string') return null;
    const round = rounds[at];
    if (round === undefined) return null;
    named[at] = 1;
    dated.push({ round, date: entryDate(entry), dateText });
  }
  return dated;
}
