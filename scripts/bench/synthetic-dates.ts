import type { Random } from './prng.ts';
import { MONTHS } from './synthetic-vocabulary.ts';

export const DAY = 86_400_000;

/** A round's EDTF date, how sources would word it, the date part of its id, and how many days it spans. */
export interface SyntheticDate {
  date: string;
  dateLabel?: string;
  idDate: string;
  days: number;
}

/** ~70% single days, ~20% ranges of 2–5 days, ~10% approximate months or uncertain days. */
export function synthesiseDate(random: Random, day: Date): SyntheticDate {
  const iso = isoDay(day.getTime());
  const roll = random.next();
  if (roll < 0.7) return { date: iso, idDate: iso, days: 1 };
  if (roll < 0.9) {
    const days = random.int(2, 5);
    return { date: `${iso}/${isoDay(day.getTime() + (days - 1) * DAY)}`, idDate: iso, days };
  }
  const month = `${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
  const dayOfMonth = day.getUTCDate();
  if (random.chance(0.5)) {
    const part = dayOfMonth <= 10 ? 'early' : dayOfMonth <= 20 ? 'mid' : 'late';
    return { date: `${iso.slice(0, 7)}~`, dateLabel: `${part} ${month}`, idDate: iso.slice(0, 7), days: 1 };
  }
  return { date: `${iso}?`, dateLabel: `reportedly ${dayOfMonth} ${month}`, idDate: iso, days: 1 };
}

/** YYYY-MM-DD of a UTC instant. */
export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
