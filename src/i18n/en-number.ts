import { numberFormat } from './number-format.ts';

/** A count as English writes it, its thousands grouped: "12,345". */
export const enNumber = (n: number): string => numberFormat('en').format(n);
