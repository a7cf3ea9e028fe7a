import type { enExport } from './en-export.ts';
import { ukNumber, ukOfRounds, ukRounds } from './uk-common.ts';
import { plural } from './plural.ts';

// After "з": "з 1 раунду", "з 58 раундів".

/** The Download menu, the Cite dialog, the picture's lines and the print view in Ukrainian (en-export.ts). */
export const ukExport: typeof enExport = {
  formatCsv: 'Раунди у CSV (таблиця)',
  formatJson: 'Раунди в JSON (набір даних Parley)',
  formatPng: 'Зображення хронології (PNG)',
  formatSvg: 'Зображення хронології (SVG)',

  citeTitle: 'Цитувати цей вигляд',
  citeClose: 'Закрити',
  citeAbout: (version, filters, day) =>
    `Бібліографічний опис називає набір даних${version ? `, його версію (${version})` : ''}, адресу вигляду на екрані${
      filters ? ` (${filters})` : ''
    } і сьогоднішню дату, ${day}, як дату звернення.`,
  citeAddress: 'Адреса цього вигляду',
  citation: 'Бібліографічний опис',
  copyCitation: 'Копіювати опис',
  citationCopied: 'Опис скопійовано',
  copyBibtex: 'Копіювати BibTeX',
  bibtexCopied: 'BibTeX скопійовано',
  copyCsl: 'Копіювати CSL-JSON',
  cslCopied: 'CSL-JSON скопійовано',
  citeVersion: (version) => ` (версія ${version})`,
  citeDataSet: '[Набір даних]',
  citeRetrieved: (day, url) => `Дата звернення: ${day}. URL: ${url}`,
  citeView: (filters) => ` (вигляд: ${filters})`,

  pictureScope: (filters, shown, total) => `${filters} — ${ukNumber(shown)} з ${ukOfRounds(total)}`,
  pictureAll: (total) => `Усього ${ukRounds(total)}`,
  picturePeriod: (from, to) => `Показано з ${from} до ${to}`,
  pictureLanes: (period, lanes) => `${period} · доріжки: ${lanes}`,
  pictureLaneWords: { table: 'хто за столом', place: 'місце', topic: 'тема' },
  pictureFolded: (count) => ` · ще ${ukNumber(count)}, збільште масштаб`,
  pictureSource: (maintainer, title, version, licence, url) =>
    `Джерело: ${maintainer}, ${title}${version ? `, версія ${version}` : ''} (${licence}). ${url}`,
  pictureMade: (day) => `Зроблено в Parley · ${day}`,

  jsonNote: (shown, total, scope, day, url) =>
    `Цей файл містить ${ukNumber(shown)} з ${ukOfRounds(total)} набору${scope ? ` (${scope})` : ''}; експортовано з Parley ${day} з ${url}.`,
  jsonDropped: plural('uk', {
    one: ' # посилання на раунди поза вибіркою пропущено.',
    few: ' # посилання на раунди поза вибіркою пропущено.',
    many: ' # посилань на раунди поза вибіркою пропущено.',
    other: ' # посилання на раунди поза вибіркою пропущено.',
  }),

  printedTimeline: 'Хронологія для друку',
  printImage: (count) => `Хронологія: ${ukRounds(count)} за весь період, з легендою`,
  printCaption: (count) => `У поточному вигляді: ${ukRounds(count)}`,
  printColumns: { date: 'Дата', round: 'Раунд', place: 'Місце', outcome: 'Результат' },
  printSource: (url) => `Джерело: ${url}`,
  printedFrom: 'Надруковано з Parley',

  fileAllRounds: 'усі раунди',
  fileAndMore: 'та інші',
  fileTimeline: 'хронологія',
};
