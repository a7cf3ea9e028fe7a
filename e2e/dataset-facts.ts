import type { Dataset, Round } from '../src/domain/schema.ts';

/**
 * Facts the tests read straight from a dataset file, computed here without the app's code, so that an
 * expectation never mirrors the implementation it checks.
 */

/** The rounds in time order, by the ISO start written in their EDTF date (the bundled data uses exact dates). */
export function roundsInTimeOrder(dataset: Dataset): Round[] {
  return [...dataset.rounds].sort(
    (a, b) =>
      a.date.slice(0, 10).localeCompare(b.date.slice(0, 10)) ||
      endOf(a).localeCompare(endOf(b)) ||
      a.title.localeCompare(b.title),
  );
}

function endOf(round: Round): string {
  return round.date.split('/').at(-1)!.slice(0, 10);
}

/** Every source id cited anywhere inside a round. */
export function sourcesCitedIn(round: Round): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'sources' && Array.isArray(child)) child.forEach((id) => found.add(String(id)));
        else walk(child);
      }
    }
  };
  walk(round);
  return found;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "11 March 2025", in the browser's own words (Intl), not the app's. */
export function dayInWords(isoDay: string): string {
  return new Date(`${isoDay}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * Words a round's name must contain for its date: the day for a single exact day ("11 March 2025"); the
 * last day and the first day's number for an exact range ("25 March 2025" and "23"); the year otherwise.
 */
export function dateWordsOf(round: Round): string[] {
  if (DAY.test(round.date)) return [dayInWords(round.date)];
  const [first, last] = round.date.split('/');
  if (first && last && DAY.test(first) && DAY.test(last)) {
    return [dayInWords(last), String(Number(first.slice(8, 10)))];
  }
  return [round.date.slice(0, 4)];
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
