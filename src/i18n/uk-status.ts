import type { enStatus } from './en-status.ts';
import { plural } from './plural.ts';

const number = (n: number, digits = 0) =>
  new Intl.NumberFormat('uk', { maximumFractionDigits: digits }).format(n);
const ofRounds = plural('uk', { one: '# раунду', other: '# раундів' });
const byteCount = plural('uk', { one: '# байт', few: '# байти', many: '# байтів', other: '# байта' });

/** A byte count as Ukrainian writes it: "512 байтів", "48 КБ", "3,4 МБ" (units of 1024, as formatBytes). */
export function ukBytes(bytes: number): string {
  if (bytes < 1024) return byteCount(bytes);
  const [value, unit] =
    bytes < 1024 ** 2
      ? [bytes / 1024, 'КБ']
      : bytes < 1024 ** 3
        ? [bytes / 1024 ** 2, 'МБ']
        : [bytes / 1024 ** 3, 'ГБ'];
  return `${number(value, value < 10 ? 1 : 0)} ${unit}`;
}

/** The small pieces around the views in Ukrainian (en-status.ts). */
export const ukStatus: typeof enStatus = {
  loadingDataset: 'Завантаження набору даних',
  loadingFrom: 'Завантаження набору даних з ',
  loadingProgress: 'Хід завантаження набору даних',
  downloading: 'Завантаження…',
  readingFile: 'Читання файлу…',
  checkingRounds: (done, total) => `Перевірка раундів: ${number(done)} з ${number(total)}`,
  indexingRounds: (total) => `Датування й індексування ${ofRounds(total)}…`,
  bytes: ukBytes,
  receivedOf: (received, total, percent) => `Отримано ${received} з ${total} (${percent}%)`,
  received: (received) => `Отримано ${received}`,
  loadingEditor: 'Завантаження редактора…',
  loadFailed: 'Не вдалося завантажити набір даних…',

  partFailed: (what, cause) =>
    `Parley не вдалося завантажити ${what} (${cause}). Можливо, допоможе перезавантаження сторінки.`,
  partSourceNotice: 'повідомлення про те, звідки ці дані',
  partEditor: 'редактор',
  partError: (url) => `пояснення, чому не вдалося завантажити набір даних з ${url}`,
  partStory: 'історію',
  partStoryButtons: 'кнопки, що запускають історію',
  partExportButtons: 'кнопки «Завантажити» й «Цитувати»',
  partDownloadMenu: 'меню завантаження',
  partCiteDialog: 'вікно цитування',
  partEmbedCode: 'код для вбудовування',
  partFilters: 'фільтри',
  partLegend: 'легенду',
  partEmbedHeader: 'назву й рядок про джерело даних',
  partList: 'список раундів',
  partEmptyResult: 'пояснення, чому жоден раунд не підходить',
  partLinkNotices: 'повідомлення про це посилання',
  partDetails: 'подробиці раунду',
  partDocument: 'документ',

  creditData: 'Дані:',
  creditLicence: 'Ліцензія:',
  creditUpdated: 'Оновлено',
  madeWith: 'Зроблено в Parley',

  copyBlocked: 'Браузер заблокував копіювання: виділіть текст і скопіюйте його вручну.',
  openInParley: 'Відкрити в Parley',
  newTab: ' (відкриється в новій вкладці)',
  story: 'Історія',
  download: 'Завантажити',
  cite: 'Цитувати',
  // The menu item's words as they are: lowercasing them, as English does, would write "csv".
  preparing: (what) => `Готуємо файл: ${what}…`,
  downloaded: (file) => `Завантажено ${file}`,
  downloadFailed: (cause) => `Не вдалося створити файл: ${cause}`,
};
