/**
 * Compares two strings as an English reader would order them, the same on every machine: the time order and
 * the filters' places are made where the data is read (the dataset worker, or the build: build-check.ts), and a
 * collation that followed that machine's locale would make the order differ from reader to reader, and a build's
 * check from a reader's own reading.
 */
export const collateWords: (a: string, b: string) => number = new Intl.Collator('en').compare;
