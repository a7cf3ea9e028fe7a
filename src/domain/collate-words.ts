import { keptByKey } from '../utils/kept-by-key.ts';
import { dateLocale } from './date-locale.ts';

/**
 * Compares two strings as an English reader would order them, the same on every machine: the time order and
 * the filters' places are made where the data is read (the dataset worker, or the build: build-check.ts), and a
 * collation that followed that machine's locale would make the order differ from reader to reader, and a build's
 * check from a reader's own reading.
 */
export const collateWords: (a: string, b: string) => number = new Intl.Collator('en').compare;

const collatorFor = keptByKey((code) => new Intl.Collator(code));

/**
 * Compares two strings as a reader of the interface's language orders them (it follows the language the
 * catalogue switched to, as the date words do: date-locale.ts): for what is listed in the reader's words, such
 * as translated place names.
 */
export function collateForReader(a: string, b: string): number {
  return collatorFor(dateLocale().code).compare(a, b);
}
