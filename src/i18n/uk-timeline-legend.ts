import type { enTimelineLegend } from './en-timeline-legend.ts';

/** The timeline legend's words in Ukrainian (en-timeline-legend.ts). */
export const ukTimelineLegend: typeof enTimelineLegend = {
  legendShape: 'Форма: вид події та її дати',
  legendShapes: 'Форми',
  legendKind: {
    talks: 'Переговори одного дня',
    call: 'Розмова лідерів',
    exchange: 'Проведений обмін',
    summit: 'Саміт або зустріч лідерів',
    publication: 'Оприлюднений план або документ',
  },
  legendRange: 'Кілька днів: смуга на весь проміжок',
  legendApproximate: 'Приблизна дата: заштрихована смуга на можливі дні',
  legendDensity: 'Раундів більше, ніж рядків: збільште масштаб, щоб їх побачити',
  legendFill: 'Заливка: формат',
  legendFormats: 'Формати',
  legendOutline: 'Контур: зустрічі, що не відбулися',
  legendMeetings: 'Статус зустрічі',
  legendHeld: (held) => `${held}: вигляд за форматом`,
  legendColour: 'Колір: чим завершилося (на тематичних доріжках — щодо цієї теми)',
  legendOutcomes: 'Результати',
  legendNoOutcome: 'Результат не зафіксовано',
};
