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

/** "11 March 2025" for a round on a single exact day, else null. */
export function singleDayInWords(round: Round): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(round.date)) return null;
  return new Date(`${round.date}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
