import type { enFilterPanel } from './en-filter-panel.ts';
import { ukNumber, ukRounds } from './uk-common.ts';
import { plural } from './plural.ts';

const showRounds = plural('uk', {
  one: 'Показати # раунд',
  few: 'Показати # раунди',
  many: 'Показати # раундів',
  other: 'Показати # раунду',
});

/**
 * The filter panel and sheet in Ukrainian (en-filter-panel.ts). A facet's `noun` is in the genitive plural,
 * after "серед" ("Шукати серед сторін"); counts of values stand alone ("Усього: 2 600"), so no noun has to
 * agree with them.
 */
export const ukFilterPanel: typeof enFilterPanel = {
  filterRounds: 'Фільтрувати раунди',
  filterFacet: {
    topics: { legend: 'Теми', noun: 'тем', list: 'Теми' },
    parties: { legend: 'Сторони', noun: 'сторін', list: 'Сторони' },
    people: { legend: 'Люди', noun: 'людей', list: 'Люди' },
    roles: { legend: 'Роль', noun: 'ролей', list: 'Ролі' },
    outcomes: { legend: 'Результат', noun: 'результатів', list: 'Результати' },
    formats: { legend: 'Формат', noun: 'форматів', list: 'Формати' },
    statuses: { legend: 'Чи відбулася зустріч?', noun: 'статусів', list: 'Статуси' },
    places: { legend: 'Місце', noun: 'місць', list: 'Місця' },
  },
  filterTopicGroup: {
    security: 'Безпека',
    humanitarian: 'Гуманітарні питання',
    political: 'Політика',
    economic: 'Економіка',
  },
  filterOtherTopics: 'Інше',
  filterTopicGroupValues: {
    security: { noun: 'тем безпеки', list: 'Теми безпеки' },
    humanitarian: { noun: 'гуманітарних тем', list: 'Гуманітарні теми' },
    political: { noun: 'політичних тем', list: 'Політичні теми' },
    economic: { noun: 'економічних тем', list: 'Економічні теми' },
    other: { noun: 'інших тем', list: 'Інші теми' },
  },
  filterDates: 'Дати',

  filterSearchRounds: 'Пошук раундів',
  filterSearchHint: 'Назви, підсумки, заяви, місця та імена; регістр і діакритичні знаки не мають значення.',

  facetCountDigits: ukNumber,
  facetRoundCount: ukRounds,
  facetShowAll: (count) => `Показати всі (${ukNumber(count)})`,
  facetShowFewer: 'Показати менше',
  facetListPart: (noun) => `список усіх значень із пошуком (${noun})`,
  facetFind: (noun) => `Шукати серед ${noun}`,
  facetValueCount: (count) => `Усього: ${ukNumber(count)}`,
  facetValuesMatch: (shown, total) => `Збігів: ${ukNumber(shown)} з ${ukNumber(total)}`,
  facetListKeys: 'У списку клавіші зі стрілками переводять від одного прапорця до наступного.',

  filterDateFrom: 'Від',
  filterDateTo: 'До',
  filterRangeStart: 'Початок періоду',
  filterRangeEnd: 'Кінець періоду',
  filterDateStrip: 'Раунди в часі; потягніть, щоб вибрати період',

  filtersShowRounds: showRounds,
};
