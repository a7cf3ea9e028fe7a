import type { DatedModel } from '../domain/dataset-model.ts';
import type { DatedRound } from '../domain/dated-rounds.ts';
import type { Dataset } from '../domain/schema.ts';
import { decodeBytes, type DatasetBytes } from './dataset-bytes.ts';
import { joinBytes } from './join-bytes.ts';
import { entryDate, type DateEntry } from './date-entry.ts';

/*
 * The bundled dataset is checked when the app is built, not in every reader's browser. The build reads the
 * bundled data file as the dataset worker would (validator, references, stories, EDTF dates) and puts what that
 * reading made besides the data itself, with the size and digest of the bytes it read, in a module of its own
 * (scripts/bundled-check-plugin.ts, make-build-check.ts) that the page imports for the bundled dataset
 * (load-bundled-on-page.ts). When the bytes it downloads are those, it takes the data as JSON.parse gives it and
 * the rest from the check, on the page: neither the dataset worker nor the validator and the EDTF grammar (52.5 kB
 * gzip, about a quarter of the JavaScript a reader fetched before the bundled timeline was ready) are loaded at
 * all. Other bytes (a data file replaced after the build), or no check, are read the usual way, in the worker.
 * The check's chunk is named by its content, so a page never meets another build's check.
 */

/** A round in the time order with its date: [position in dataset.rounds, date fields, date text]. */
export type OrderEntry = [number, ...DateEntry];

/**
 * What the build found reading the bundled data file: all of a DatedModel but the data, which is the file as
 * written.
 */
export interface BuildCheck {
  /** The file's size in bytes, and the SHA-256 of its bytes in lower-case hex. */
  size: number;
  sha256: string;
  metaDates: DatedModel['metaDates'];
  filterValues: DatedModel['filterValues'];
  /** Every round, in time order. */
  order: OrderEntry[];
}

/** Whether this thread can digest bytes: Web Crypto is offered only to pages served over https (or locally). */
export function canDigest(): boolean {
  return globalThis.crypto?.subtle !== undefined;
}

/** The bytes' SHA-256 in lower-case hex; null where Web Crypto is not offered (a page not served over https). */
export async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  if (!canDigest()) return null;
  const digest = new Uint8Array(
    await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>),
  );
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The model of the downloaded `body` from the build's check of it, or null when the check is not one for these
 * bytes: another size or digest, or an order that is not one entry for each round.
 * Never throws: a check that cannot be used only means reading the data the usual way.
 */
export async function modelFromBuildCheck(check: unknown, body: DatasetBytes): Promise<DatedModel | null> {
  try {
    // The size first: other bytes of another size are not copied, digested or decoded.
    if (!isBuildCheck(check) || body.size !== check.size) return null;
    if ((await sha256Hex(new Uint8Array(joinBytes(body)))) !== check.sha256) return null;
    // The build checked that the validator gives back exactly what JSON.parse gives (make-build-check.ts).
    const dataset = JSON.parse(decodeBytes(body)) as Dataset;
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
  return typeof check.size === 'number' && typeof check.sha256 === 'string' && Array.isArray(check.order);
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
    const [, ...date] = entry;
    dated.push({ round, date: entryDate(date), dateText });
  }
  return dated;
}
