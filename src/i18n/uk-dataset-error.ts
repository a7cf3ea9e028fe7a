import type { enDatasetError } from './en-dataset-error.ts';
import { plural } from './plural.ts';
import { ukBytes } from './uk-status.ts';

// The server in the case each sentence needs: "сервер https://…", "сервера …", "з сервером …".
const nominative = (origin: string | null) => (origin === null ? 'сервер' : `сервер ${origin}`);
const genitive = (origin: string | null) => (origin === null ? 'сервера' : `сервера ${origin}`);
const instrumental = (origin: string | null) => (origin === null ? 'сервером' : `сервером ${origin}`);
// After "протягом": "1 секунди", "3 секунд", "30 секунд".
const seconds = plural('uk', { one: '# секунди', other: '# секунд' });
const problems = plural('uk', {
  one: '# проблема',
  few: '# проблеми',
  many: '# проблем',
  other: '# проблеми',
});

/**
 * Why a dataset could not be loaded, and where the data comes from, in Ukrainian (en-dataset-error.ts). The
 * browser's own details inside the causes stay as they come, in English; the dataset's problems are in
 * uk-problems.ts.
 */
export const ukDatasetError: typeof enDatasetError = {
  errorTitle: 'Не вдалося завантажити набір даних',
  errorAddress: 'Адреса: ',
  errorRedirected: 'Переспрямовано на: ',
  errorCause: 'Причина: ',
  errorProblems: 'Проблеми, знайдені в наборі даних',
  errorProblemList: 'Проблеми набору даних',
  retry: 'Спробувати ще раз',
  retrying: 'Повторна спроба…',
  showBundled: 'Показати натомість набір даних Parley',
  failure: {
    bytes: ukBytes,
    network: (origin, detail) =>
      `запит не вдався ще до відповіді ${genitive(origin)} (${detail}). Можливо, сервер не працює, адреса хибна або сервер не дозволяє іншим сайтам читати дані (CORS).`,
    noAnswer: (origin, wait) =>
      `${nominative(origin)} не відповів протягом ${seconds(wait)}. Можливо, він перевантажений або не працює; спробуйте пізніше.`,
    stalledEmpty: (origin, wait) =>
      `${nominative(origin)} відповів, але потім протягом ${seconds(wait)} не надіслав жодних даних.`,
    stalled: (origin, wait, progress) =>
      `${nominative(origin)} перестав надсилати дані: після ${progress} протягом ${seconds(wait)} більше нічого не надійшло.`,
    interrupted: (origin, compressed, progress, detail) =>
      `${
        compressed
          ? `з’єднання з ${instrumental(origin)} обірвалося або надіслані ним стиснені дані не вдалося розпакувати`
          : `з’єднання з ${instrumental(origin)} обірвалося під час передавання даних`
      } ${progress ? `після ${progress}` : 'ще до того, як надійшли будь-які дані'} (браузер повідомляє: ${detail}).`,
    tooLarge: (origin, limit, announced) =>
      `дані від ${genitive(origin)} більші за ${limit}${
        announced ? ` (сервер заявив розмір ${announced})` : ''
      }, а набір даних Parley не може бути більшим, тож Parley припинив читання.`,
    http: (origin, status, statusText) =>
      `${nominative(origin)} відповів кодом HTTP ${status}${statusText ? ` ${statusText}` : ''}.`,
    notFound: 'за цією адресою не знайдено набору даних (сервер надіслав вебсторінку замість JSON).',
    notJson: (detail) =>
      detail === 'the file is empty' ? 'відповідь порожня.' : `відповідь не є коректним JSON (${detail}).`,
    invalid: (count) => `файл у форматі JSON, але це не коректний набір даних Parley (${problems(count)}).`,
    progressOf: (received, total) => `${received} з ${total}`,
  },

  sourceRejected: ' Показано набір даних Parley.',
  dataSource: 'Джерело даних',
  foreignBefore: 'Ця сторінка показує дані з ',
  foreignAfter: ', а не з цього сайту. Parley їх не перевіряє і не схвалює.',
  otherDataset: 'Ця сторінка показує не той набір даних, що постачається з Parley, а інший.',
  redirectedBefore: 'Запитана адреса на ',
  redirectedAfter: ' переспрямувала туди.',
  redirectedTo: 'Переспрямовано на ',
};
