import type { enFilters } from './en-filters.ts';
import { ukNumber } from './uk-common.ts';
import { plural } from './plural.ts';

/** "Пропущено 1 невідому тему / 3 невідомі теми / 5 невідомих тем": the accusative after "пропущено". */
const dropped = (one: string, few: string, many: string) =>
  plural('uk', { one: `# ${one}`, few: `# ${few}`, many: `# ${many}`, other: `# ${many}` });
const unknownCount = {
  topics: dropped('невідому тему', 'невідомі теми', 'невідомих тем'),
  parties: dropped('невідому сторону', 'невідомі сторони', 'невідомих сторін'),
  people: dropped('невідому особу', 'невідомі особи', 'невідомих осіб'),
  roles: dropped('невідому роль', 'невідомі ролі', 'невідомих ролей'),
  outcomes: dropped(
    'невідомий статус результату',
    'невідомі статуси результату',
    'невідомих статусів результату',
  ),
  formats: dropped('невідомий формат', 'невідомі формати', 'невідомих форматів'),
  statuses: dropped('невідомий статус зустрічі', 'невідомі статуси зустрічі', 'невідомих статусів зустрічі'),
  places: dropped('невідоме місце', 'невідомі місця', 'невідомих місць'),
};
const examples = (list: string, some: boolean) => (some ? `, як-от ${list}` : `: ${list}`);

/** The filters' first-load words in Ukrainian (en-filters.ts). */
export const ukFilters: typeof enFilters = {
  filterFacetName: {
    topics: 'Тема',
    parties: 'Сторона',
    people: 'Особа',
    roles: 'Роль',
    outcomes: 'Результат',
    formats: 'Формат',
    statuses: 'Зустріч',
    places: 'Місце',
    from: 'Від',
    to: 'До',
    q: 'Пошук',
  },
  filterSearchQuoted: (query) => `«${query}»`,
  activeFiltersLabel: 'Активні фільтри',
  removeFilter: (label) => `Прибрати фільтр ${label}`,
  clearAllFilters: 'Скинути всі фільтри',
  filtersHeading: (active) => `Фільтри${active > 0 ? ` (активних: ${ukNumber(active)})` : ''}`,
  filtersDone: 'Готово',

  noMatchHeading: 'Жоден раунд не відповідає цим фільтрам',
  noMatchOne: (label) => `Жоден раунд у цьому наборі даних не відповідає фільтру ${label}.`,
  noMatchAll: (labels) => `Жоден раунд не відповідає всім цим фільтрам одночасно: ${labels}.`,
  noRounds: 'У цьому наборі даних немає раундів.',
  removeLastFilter: (label) => `Прибрати останній фільтр (${label})`,

  noticeQuoted: (value) => `«${value}»`,
  noticeKnown: (list) => `(відомі: ${list})`,
  noticeNoneKnown: '(відомих значень немає)',
  noticeUnknownValue: {
    topics: (value, known) => `Пропущено тему ${value}: такої теми немає ${known}.`,
    parties: (value, known) => `Пропущено сторону ${value}: такої сторони немає ${known}.`,
    people: (value, known) => `Пропущено особу ${value}: такої особи немає ${known}.`,
    roles: (value, known) => `Пропущено роль ${value}: такої ролі немає ${known}.`,
    outcomes: (value, known) => `Пропущено статус результату ${value}: такого статусу немає ${known}.`,
    formats: (value, known) => `Пропущено формат ${value}: такого формату немає ${known}.`,
    statuses: (value, known) => `Пропущено статус зустрічі ${value}: такого статусу немає ${known}.`,
    places: (value, known) => `Пропущено місце ${value}: такого місця немає ${known}.`,
  },
  noticeUnknownValues: {
    topics: (count, list, some, known) =>
      `Пропущено ${unknownCount.topics(count)}${examples(list, some)} ${known}.`,
    parties: (count, list, some, known) =>
      `Пропущено ${unknownCount.parties(count)}${examples(list, some)} ${known}.`,
    people: (count, list, some, known) =>
      `Пропущено ${unknownCount.people(count)}${examples(list, some)} ${known}.`,
    roles: (count, list, some, known) =>
      `Пропущено ${unknownCount.roles(count)}${examples(list, some)} ${known}.`,
    outcomes: (count, list, some, known) =>
      `Пропущено ${unknownCount.outcomes(count)}${examples(list, some)} ${known}.`,
    formats: (count, list, some, known) =>
      `Пропущено ${unknownCount.formats(count)}${examples(list, some)} ${known}.`,
    statuses: (count, list, some, known) =>
      `Пропущено ${unknownCount.statuses(count)}${examples(list, some)} ${known}.`,
    places: (count, list, some, known) =>
      `Пропущено ${unknownCount.places(count)}${examples(list, some)} ${known}.`,
  },
  noticeBadStartDay: (value) => `Пропущено початкову дату «${value}»: очікується дата на зразок 2025-03-11.`,
  noticeBadEndDay: (value) => `Пропущено кінцеву дату «${value}»: очікується дата на зразок 2025-03-11.`,
  noticeEndBeforeStart: (to, from) => `Пропущено кінцеву дату ${to}: вона раніша за початкову дату ${from}.`,
};
