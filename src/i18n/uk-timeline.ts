import type { enTimeline } from './en-timeline.ts';
import { plural } from './plural.ts';
import { ukOfRounds } from './uk-common.ts';

const moreRounds = plural('uk', {
  one: 'ще # раунд',
  few: 'ще # раунди',
  many: 'ще # раундів',
  other: 'ще # раунду',
});

/** The timeline's words in Ukrainian (en-timeline.ts). */
export const ukTimeline: typeof enTimeline = {
  timeline: 'Хронологія',
  keysLine:
    'Клавіші: ← → попередній або наступний раунд · Shift + ← → прокрутка · + − масштаб · 0 усі раунди · Enter відкрити · Esc закрити',

  lane: (label) => `Доріжка: ${label}`,
  laneNoParties: 'Сторони не вказано',
  laneNoPlace: 'Без певного місця',
  laneFolded: (count) => `${moreRounds(count)}, збільште масштаб, щоб їх побачити`,
  shortCall: 'Розмова',
  shortExchange: 'Обмін',

  markOutcome: (outcome) => `результат: ${outcome}`,
  markNoOutcome: 'не зафіксовано',
  markDimmed: 'не відповідає фільтрам',

  // "ще 14 раундів: березень 2025 — збільшити": the period stays in the nominative after a colon.
  densityGroup: (count, period) => `${moreRounds(count)}: ${period} — збільшити`,

  placingRounds: (count) => `Розміщення ${ukOfRounds(count)} на хронології…`,

  zoomHintMac: '⌘ + прокручування — масштаб',
  zoomHintOther: 'Ctrl + прокручування — масштаб',
};
