import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../src/domain/schema.ts';

/** The bundled dataset as the tests read it from disk: expectations come from the data, not the code. */
export const BUNDLED_DATASET_FILE = path.resolve(import.meta.dirname, '../data/russia-ukraine-talks.json');

export function readBundledDataset(): Dataset {
  return JSON.parse(readFileSync(BUNDLED_DATASET_FILE, 'utf8')) as Dataset;
}

export function readJsonFixture<T = unknown>(relativeToRepo: string): T {
  return JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', relativeToRepo), 'utf8')) as T;
}
