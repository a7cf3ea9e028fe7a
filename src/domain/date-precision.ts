import { formatRoundDate, tryParseEdtf } from './dates.ts';

export { possibleSpan, precisionLabel } from './precision-label.ts';

/** An EDTF date from the data in words, or the raw text when it cannot be parsed. */
export function formatEdtf(value: string): string {
  const parsed = tryParseEdtf(value);
  return parsed.ok ? formatRoundDate(parsed.date) : value;
}
