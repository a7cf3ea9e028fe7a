import type { Messages } from './messages.ts';
import { ukNumber, ukRounds } from './uk-common.ts';
import { plural } from './plural.ts';
import { ukPanel } from './uk-panel.ts';
import { ukEditor } from './uk-editor.ts';
import { ukTimeline } from './uk-timeline.ts';
import { ukTimelineLegend } from './uk-timeline-legend.ts';
import { ukFilterPanel } from './uk-filter-panel.ts';
import { ukFilters } from './uk-filters.ts';
import { ukList } from './uk-list.ts';
import { ukStatus } from './uk-status.ts';
import { ukDatasetError } from './uk-dataset-error.ts';
import { ukStory } from './uk-story.ts';
import { ukLinkNotices } from './uk-link-notices.ts';
import { ukExport } from './uk-export.ts';
import { ukProblems } from './uk-problems.ts';

const ofRounds = plural('uk', { one: '# раунду', other: '# раундів' });
const dayCount = plural('uk', { one: '# день', few: '# дні', many: '# днів', other: '# дня' });

/** The interface in Ukrainian; fetched only by readers who choose it (languages.ts). */
export const uk: Messages = {
  ...ukFilters,
  ...ukFilterPanel,
  ...ukList,
  dates: {
    seasons: ['весна', 'літо', 'осінь', 'зима'],
    beforeEra: (years) => `${years} р. до н. е.`,
    // Adverbs before the date, which leave its words in their case: "орієнтовно березень 2025" for an
    // approximate date ("близько" would need "березня"), "ймовірно 16 травня 2025" for an uncertain one.
    qualify: (text, approximate, uncertain) =>
      `${uncertain ? 'ймовірно ' : ''}${approximate ? 'орієнтовно ' : ''}${text}`,
    exactDate: 'точна дата',
    approximateDate: 'приблизна дата',
    dayRange: (days) => `проміжок: ${dayCount(days)}`,
    between: (first, last) => `між ${first} і ${last}`,
    decade: (year) => `${year}-ті`,
  },

  vocabulary: {
    outcomeStatus: {
      agreed: 'Погоджено',
      'agreed-in-principle': 'Погоджено в принципі або з умовами',
      'partly-agreed': 'Погоджено частково',
      proposed: 'Запропоновано, відповіді ще немає',
      'not-agreed': 'Не погоджено',
      discussed: 'Обговорено, результату не повідомлено',
    },
    format: {
      'in-person': 'Очно',
      remote: 'Дистанційно',
      indirect: 'Непрямо, через посередника',
      mixed: 'Змішаний',
    },
    role: {
      party: { one: 'Сторона переговорів', many: 'Сторони переговорів' },
      mediator: { one: 'Посередник', many: 'Посередники' },
      host: { one: 'Приймаюча сторона', many: 'Приймаючі сторони' },
      observer: { one: 'Спостерігач', many: 'Спостерігачі' },
    },
    kind: {
      talks: 'Переговори',
      summit: 'Саміт або зустріч лідерів',
      call: 'Розмова лідерів',
      exchange: 'Проведений обмін',
      publication: 'Оприлюднений план або документ',
    },
    roundStatus: {
      held: 'Відбулася',
      planned: 'Запланована, не відбулася',
      postponed: 'Відкладена, не відбулася',
      cancelled: 'Скасована, не відбулася',
    },
    notHeld: {
      planned: 'запланована, не відбулася',
      postponed: 'відкладена, не відбулася',
      cancelled: 'скасована, не відбулася',
    },
    documentKind: {
      plan: 'План',
      framework: 'Рамкова угода',
      declaration: 'Декларація',
      agreement: 'Угода',
      other: 'Документ',
    },
    attendance: { 'in-person': 'особисто', remote: 'дистанційно' },
  },

  // The header
  skipToRounds: 'Перейти до раундів',
  language: 'Мова',
  theme: 'Тема',
  themeSystem: 'Системна',
  themeLight: 'Світла',
  themeDark: 'Темна',
  create: 'Створити',
  createOwn: 'Створіть власну хронологію',
  backToTimeline: 'Назад до хронології',
  copyLink: 'Копіювати посилання',
  linkCopied: 'Посилання скопійовано',
  embed: 'Вбудувати',

  // The explore view
  filters: 'Фільтри',
  filtersActive: (count) => `Фільтри (${count})`,
  // "з 21 раунду", "з 58 раундів": after "з" the noun takes the genitive, singular only for one.
  roundsOf: (shown, total) => `${ukNumber(shown)} з ${ofRounds(total)}`,
  rounds: ukRounds,
  detailsOpen: (title) => `Відкрито подробиці: ${title}`,
  view: 'Вигляд',
  viewTimeline: 'Хронологія',
  viewList: 'Список',
  nonMatching: 'Раунди поза фільтрами',
  nonMatchingHide: 'Приховати',
  nonMatchingDim: 'Притлумити',
  readMore: 'Читати далі',
  showLess: 'Згорнути',
  dataUpTo: (day) => `Дані до ${day}`,
  dataSpan: (from, updated) => `(від ${from}; оновлено ${updated})`,
  loadingList: 'Завантаження списку…',

  // Notices about the link
  dismiss: 'Закрити',
  moreIgnored: plural('uk', {
    one: 'Ще # частину посилання пропущено.',
    few: 'Ще # частини посилання пропущено.',
    many: 'Ще # частин посилання пропущено.',
    other: 'Ще # частини посилання пропущено.',
  }),

  // The timeline's toolbar
  lanes: 'Доріжки',
  lanesTable: 'Хто за столом',
  lanesPlace: 'Місце',
  lanesTopic: 'Тема',
  zoom: 'Масштаб',
  zoomIn: 'Збільшити',
  zoomInHint: 'Збільшити (+)',
  zoomOut: 'Зменшити',
  zoomOutHint: 'Зменшити (−)',
  fitAll: 'Усі раунди',
  fitAllHint: 'Показати всі раунди (0)',
  pan: 'Прокрутка',
  earlier: 'Раніше',
  earlierHint: 'Раніше (Shift + ←)',
  later: 'Пізніше',
  laterHint: 'Пізніше (Shift + →)',
  emptyViewport: 'Хронологія: у полі зору немає раундів. Змініть масштаб кнопками + і −.',
  legend: 'Легенда',
  showingPeriod: (from, to) => `Показано з ${from} до ${to}`,

  // The Embed dialog
  embedTitle: 'Вбудувати цей вигляд',
  close: 'Закрити',
  embedOptions: 'Параметри вбудовування',
  embedHeight: 'Висота',
  embedFits: 'За вмістом',
  embedFixed: 'Фіксована',
  embedPixels: 'Висота в пікселях',
  embedStartPixels: 'Початкова висота в пікселях',
  embedTheme: 'Тема',
  embedLight: 'Світла (типово)',
  embedAutoTheme: 'Як у системі читача',
  embedDark: 'Темна',
  embedLanguage: 'Мова',
  embedLanguageHost: 'Мова статті (англійська, якщо Parley її не має)',
  embedKeepView: 'Зберегти поточний вибір, фільтри й період',
  embedShowPanel: 'Показувати подробиці раунду',
  embedShowFilters: 'Показувати фільтри',
  embedCode: 'Код для вбудовування',
  copyEmbedCode: 'Копіювати код',
  embedCodeCopied: 'Код скопійовано',
  preview: 'Попередній перегляд',
  tryEmbed: 'Відкрити вбудовану хронологію в новій вкладці',
  previewTitle: 'Попередній перегляд вбудовування',
  embedFrameTitle: (title) => `${title} (інтерактивна хронологія)`,

  ...ukPanel,
  ...ukEditor,
  ...ukTimeline,
  ...ukTimelineLegend,
  ...ukStatus,
  ...ukDatasetError,
  ...ukStory,
  ...ukExport,
  ...ukLinkNotices,
  ...ukProblems,
};
