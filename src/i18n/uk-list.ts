import type { enList } from './en-list.ts';

/** The list view in Ukrainian (en-list.ts). */
export const ukList: typeof enList = {
  listCaption: 'Раунди в хронологічному порядку; виберіть назву, щоб відкрити подробиці',
  listColumnDate: 'Дата',
  listColumnRound: 'Раунд',
  listColumnPlace: 'Місце',
  listColumnParticipants: 'Учасники',
  listColumnTopics: 'Теми',
  listColumnOutcome: 'Результат',
  listRoleAfterName: {
    party: 'сторона переговорів',
    mediator: 'посередник',
    host: 'приймаюча сторона',
    observer: 'спостерігач',
  },
};
