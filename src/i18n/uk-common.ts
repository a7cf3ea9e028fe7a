import { numberFormat } from './number-format.ts';
import { plural } from './plural.ts';

/** Words every part of the Ukrainian catalogue counts with. */

/** A number as Ukrainian writes it: "10 000", "1,5". */
export const ukNumber = (n: number): string => numberFormat('uk').format(n);

/** "1 раунд", "3 раунди", "5 раундів", "1,5 раунду". */
export const ukRounds = plural('uk', {
  one: '# раунд',
  few: '# раунди',
  many: '# раундів',
  other: '# раунду',
});

/** The genitive, after "з" or a noun: "з 1 раунду", "з 5 раундів". */
export const ukOfRounds = plural('uk', { one: '# раунду', other: '# раундів' });
