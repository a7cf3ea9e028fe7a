import type { enPanel } from './en-panel.ts';
import { ukNumber } from './uk-common.ts';
import { plural } from './plural.ts';

/** The detail panel, a document's dialog and the notice above the panel, in Ukrainian. */
export const ukPanel: typeof enPanel = {
  // The panel and its toolbar
  panelRegion: 'Подробиці раунду',
  panelSteps: 'Раунди в хронологічному порядку',
  panelPrevious: 'Попередній раунд',
  panelNext: 'Наступний раунд',
  panelClose: 'Закрити подробиці',
  panelCloseHint: 'Закрити подробиці (Esc)',

  // A selected id that names no round
  panelNotFound: 'Раунд не знайдено',
  panelNotInDataset: (id) => `Раунду «${id}» немає в цьому наборі даних.`,

  // Above the panel when the filters leave the round out
  panelOutsideFilters:
    'Цей раунд не відповідає поточним фільтрам, тому його немає на хронології та в списку.',
  panelClearFilters: 'Скинути фільтри',

  // The header's facts
  panelDate: 'Дата',
  panelPlace: 'Місце',
  panelFormat: 'Формат',

  // Participants
  panelParticipants: 'Учасники',
  panelDelegationOf: (party) => `Делегація: ${party}`,
  panelHeadOfDelegation: 'Голова делегації',

  // Outcomes
  panelOutcomes: 'Результати',
  panelNoOutcomes: 'Для цього раунду результатів не зафіксовано.',
  panelProposedBy: (party) => `Автор пропозиції: ${party}`,

  // Sessions, statements, disputes
  panelSessions: 'Засідання',
  panelStatements: 'Заяви',
  panelQuoteOpen: '«',
  panelQuoteClose: '»',
  panelParaphrase: '(переказ)',
  panelDisputes: 'Суперечливі факти',
  panelDisputesNote:
    'Джерела розходяться в цих питаннях. Кожну версію подано так, як її повідомили, без оцінки, яка з них правильна.',
  panelCompetingAccounts: plural('uk', {
    one: '# різна версія',
    few: '# різні версії',
    many: '# різних версій',
    other: '# різної версії',
  }),
  panelAccountsOf: (subject) => `Версії: ${subject}`,
  panelAccountOf: (index, count) => `Версія ${ukNumber(index)} з ${ukNumber(count)}`,
  panelAccordingTo: 'За даними:',

  // Documents
  panelDocuments: 'Документи',
  panelPoints: plural('uk', { one: '# пункт', few: '# пункти', many: '# пунктів', other: '# пункту' }),
  panelVersionsOf: (title) => `Версії документа: ${title}`,
  // Without the count's agreement ("усі 21 версія"): the number stands apart in brackets.
  panelAllVersions: (count) => `Усі версії на хронології (${ukNumber(count)})`,
  panelAboutDocument: 'Про цей документ',

  // Related rounds
  panelRelated: 'Пов’язані раунди',
  panelRelation: {
    followUpOf: 'Продовжує',
    followedBy: 'Продовження',
    implements: 'Виконує домовленості',
    implementedBy: 'Виконання домовленостей',
    relatedTo: 'Пов’язаний раунд',
  },

  // Sources
  panelSources: 'Джерела',
  panelNewTab: 'відкривається в новій вкладці',
  panelSourceMissing: (id) => `Джерела ${id} немає в наборі даних.`,
  panelNoAddress: 'адресу не показано: це не звичайне вебпосилання',
  panelLookAlike: (host) => `${host} (підозріла адреса: у ній змішано різні абетки)`,
  panelInLanguage: (language) => `мова: ${language}`,
  panelCiting: (outlets) => `з посиланням на ${outlets}`,
  panelCitation: (n, publisher) => `Джерело ${ukNumber(n)}: ${publisher}`,

  // A document's dialog
  documentClose: 'Закрити',
  documentDraftedBy: 'Підготували',
  documentPresentedTo: 'Кому представлено',
  documentAccompanies: 'Доповнює',
  documentWithIt: 'Супровідні документи',
  documentVersion: 'Версія',
  documentVersions: plural('uk', {
    one: '# версія в хронологічному порядку',
    few: '# версії в хронологічному порядку',
    many: '# версій в хронологічному порядку',
    other: '# версії в хронологічному порядку',
  }),
  documentRounds: 'Раунди:',
  documentWholeRounds: 'Раунди, на яких його розглядали',
  documentAbout: 'Про документ',
  documentSource: 'Джерело: ',
  documentSources: 'Джерела: ',
  documentStripKey: 'Числа: кількість пунктів у кожній версії; ? — джерела їх не рахують або розходяться.',
};
