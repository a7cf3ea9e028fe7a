import { readFileSync } from 'node:fs';
import path from 'node:path';
import { datedRoundsInTimeOrder } from '../domain/dated-rounds.ts';
import type { Dataset } from '../domain/schema.ts';
import { validateDataset } from '../domain/validate-dataset.ts';

const bundledFile = path.resolve(import.meta.dirname, '../../data/russia-ukraine-talks.json');

/** The bundled dataset's file as text, the way the app and the CLI receive it. */
export function bundledText(): string {
  return readFileSync(bundledFile, 'utf8');
}

/** A fresh, mutable parse of the bundled dataset's JSON, for tests that craft modified copies. */
export function bundledJson(): Dataset {
  return JSON.parse(bundledText()) as Dataset;
}

/** Validates a dataset the way the app does and orders its rounds in time: what components receive. */
export function bundledData(input: unknown = bundledJson()) {
  const result = validateDataset(input);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return { dataset: result.dataset, rounds: datedRoundsInTimeOrder(result.dataset.rounds) };
}
