import type { enEditor } from './en-editor.ts';
import { plural } from './plural.ts';

const rounds = plural('uk', { one: '# раунд', few: '# раунди', many: '# раундів', other: '# раунду' });
const problems = plural('uk', { one: '# помилка', few: '# помилки', many: '# помилок', other: '# помилки' });
// After "знайдено" the noun is in the accusative: "знайдено 1 помилку".
const problemsFound = plural('uk', {
  one: '# помилку',
  few: '# помилки',
  many: '# помилок',
  other: '# помилки',
});
const disputes = plural('uk', {
  one: '# розбіжність',
  few: '# розбіжності',
  many: '# розбіжностей',
  other: '# розбіжності',
});

/** The editor ("Створити") in Ukrainian; the problems' own wording comes from the validators, in English. */
export const ukEditor: typeof enEditor = {
  editor: {
    title: 'Створити набір даних',
    intro: 'Створіть набір даних Parley із шаблону-таблиці або вручну й одразу бачте його на хронології.',
    saved: 'Збережено в цьому браузері.',
    notSaved: 'Браузер не дозволив зберегти чернетку: експортуйте її, щоб не втратити роботу.',
    datasetDetails: 'Про набір даних (назва, ліцензія, супровідник)',
    rounds: 'Раунди',
    editRound: (title) => `Редагування раунду: ${title}`,
    untitled: 'без назви',
    deleteThisRound: 'Видалити цей раунд',
    deleteRoundQuestion: (title) => `Видалити раунд «${title}» з усім, що в ньому?`,
    deleteRound: 'Видалити раунд',
    keepIt: 'Залишити',
    preview: 'Попередній перегляд',
    noPreview: 'Поки нема чого показати: додайте раунд із назвою, датою та джерелом.',

    summaryClean: (roundCount) => `У чернетці ${rounds(roundCount)}, помилок немає.`,
    summaryProblems: (roundCount, problemCount) =>
      `У чернетці ${rounds(roundCount)} і ${problems(problemCount)}.`,
    summaryPartly: (roundCount, problemCount, shown) =>
      `У чернетці ${rounds(roundCount)} і ${problems(problemCount)}; попередній перегляд показує ${rounds(shown)} без помилок.`,
    problems,

    spreadsheetHeading: 'Працювати в таблиці',
    spreadsheetText:
      'Окремий аркуш для кожного виду даних, пояснення під кожним заголовком і три справжні раунди як приклади. Заповніть його в Excel, LibreOffice чи Google Таблицях, а тоді імпортуйте сюди. Шаблон — англійською.',
    importHeading: 'Імпортувати файл',
    writeHeading: 'Заповнити тут',
    writeText:
      'Заповнюйте форми й дивіться, як росте хронологія. Чернетка зберігається в цьому браузері, поки ви пишете.',
    startEmpty: 'Почати з порожнього набору',
    startExamples: 'Почати з прикладів',

    downloadTemplate: 'Завантажити шаблон',
    templateCsv: 'Шаблон у CSV',
    templateFailed: (cause) => `Не вдалося створити шаблон: ${cause}`,
    exportJson: 'Експортувати JSON',
    exportSpreadsheet: 'Експортувати таблицю',
    startOver: 'Почати заново',
    exported: (file) => `Експортовано ${file}.`,
    exportedWithProblems: (file, problemCount) =>
      `Експортовано ${file}, але помилок у ньому ще ${new Intl.NumberFormat('uk').format(problemCount)}: Parley не покаже його, доки їх не виправлено.`,
    startOverQuestion:
      'Почати заново? Чернетку буде видалено з цього браузера. Щоб зберегти копію, спершу експортуйте її.',
    deleteDraft: 'Видалити чернетку',
    keepDraft: 'Залишити чернетку',

    importFile: 'Імпортувати файл',
    importOrDrop: 'або перетягніть його сюди: шаблон-таблицю (.xlsx, .csv) чи файл JSON для Parley',
    reading: 'Читаємо файл…',
    replaceQuestion: (file) =>
      `Замінити поточну чернетку файлом ${file}? Зміни в чернетці пропадуть, якщо ви спершу не експортуєте їх.`,
    replaceDraft: 'Замінити чернетку',
    notJson: (file, reason) => `${file} — некоректний JSON: ${reason}`,
    notDataset: (file) => `${file} — це JSON, але не набір даних Parley (файл має містити об’єкт).`,
    unreadable: (file, reason) => `Не вдалося прочитати ${file}: ${reason}`,

    problemsIn: (file) => `Помилки у файлі ${file}`,
    importProblems: (file, problemCount) =>
      `${file}: під час імпорту знайдено ${problemsFound(problemCount)}`,
    dismiss: 'Закрити',
    restImported:
      'Решту файлу імпортовано; попередній перегляд показує його коректну частину. Виправте ці помилки у файлі й імпортуйте його знову або виправте їх тут.',
    andMore: (count) => `… і ще ${new Intl.NumberFormat('uk').format(count)}.`,
    note: (text) => `Примітка: ${text}.`,
    sheetPlace: (sheet, row, column) => `аркуш «${sheet}», рядок ${row}, стовпець «${column}»`,
    showProblems: (count) => `Показати помилки чернетки (${new Intl.NumberFormat('uk').format(count)})`,
    editThisRound: 'Редагувати цей раунд',
    problemRound: (title) => `Раунд ${title}`,

    roundsNav: 'Раунди в чернетці',
    untitledRound: 'Раунд без назви',
    noRounds: 'Раундів ще немає.',
    addRound: 'Додати раунд',

    lists: {
      participants: {
        title: 'Учасники та ролі',
        item: (n) => `Учасник ${n}`,
        removeWhat: (n) => `учасника ${n}`,
        add: 'Додати учасника',
      },
      outcomes: {
        title: 'Результати за темами',
        item: (n) => `Результат ${n}`,
        removeWhat: (n) => `результат ${n}`,
        add: 'Додати результат',
      },
      statements: {
        title: 'Заяви',
        item: (n) => `Заява ${n}`,
        removeWhat: (n) => `заяву ${n}`,
        add: 'Додати заяву',
      },
      sessions: {
        title: 'Засідання',
        item: (n) => `Засідання ${n}`,
        removeWhat: (n) => `засідання ${n}`,
        add: 'Додати засідання',
      },
      related: {
        title: 'Пов’язані раунди',
        item: (n) => `Пов’язаний раунд ${n}`,
        removeWhat: (n) => `пов’язаний раунд ${n}`,
        add: 'Додати пов’язаний раунд',
      },
      delegation: {
        title: 'Делегація',
        item: (n) => `Делегат ${n}`,
        removeWhat: (n) => `делегата ${n}`,
        add: 'Додати делегата',
      },
    },
    delegationOf: (n) => `Делегація учасника ${n}`,
    remove: 'Видалити',
    disputes: (count) =>
      `У цьому раунді записано ${disputes(count)} між джерелами; вони лишаються як є. Редагуйте їх у таблиці (аркуш disputes) або у файлі JSON.`,

    required: ' (обов’язково)',
    choose: 'Виберіть…',
    chosen: (label) => `${label}: вибрано`,
    removeChosen: (label) => `Прибрати ${label}`,
    cancel: 'Скасувати',
    targets: {
      people: {
        addOption: 'Додати особу…',
        chooseOption: 'Виберіть особу…',
        newButton: 'Нова особа…',
        newHeading: 'Нова особа',
        addButton: 'Додати особу',
        missing: (id) => `${id} (немає в списку осіб)`,
        idTaken: (id) => `інша особа вже має id «${id}»`,
      },
      parties: {
        addOption: 'Додати сторону…',
        chooseOption: 'Виберіть сторону…',
        newButton: 'Нова сторона…',
        newHeading: 'Нова сторона',
        addButton: 'Додати сторону',
        missing: (id) => `${id} (немає в списку сторін)`,
        idTaken: (id) => `інша сторона вже має id «${id}»`,
      },
      topics: {
        addOption: 'Додати тему…',
        chooseOption: 'Виберіть тему…',
        newButton: 'Нова тема…',
        newHeading: 'Нова тема',
        addButton: 'Додати тему',
        missing: (id) => `${id} (немає в списку тем)`,
        idTaken: (id) => `інша тема вже має id «${id}»`,
      },
      sources: {
        addOption: 'Додати джерело…',
        chooseOption: 'Виберіть джерело…',
        newButton: 'Нове джерело…',
        newHeading: 'Нове джерело',
        addButton: 'Додати джерело',
        missing: (id) => `${id} (немає в списку джерел)`,
        idTaken: (id) => `інше джерело вже має id «${id}»`,
      },
      rounds: {
        addOption: 'Додати раунд…',
        chooseOption: 'Виберіть раунд…',
        newButton: 'Новий раунд…',
        newHeading: 'Новий раунд',
        addButton: 'Додати раунд',
        missing: (id) => `${id} (немає в списку раундів)`,
        idTaken: (id) => `інший раунд уже має id «${id}»`,
      },
    },

    readsAs: (date) => `Буде показано як: ${date}`,
    howToWriteDates: 'Як записувати дати',
    dateExamples: [
      '16 травня 2025',
      'між 23 і 25 березня 2025',
      'орієнтовно березень 2025',
      'у березні 2025 (день невідомий)',
      '16 травня 2025, не підтверджено',
      'весна 2025',
    ],

    publishHeading: 'Як опублікувати',
    publishHost:
      'Експортуйте JSON (або залиште таблицю) і розмістіть файл на будь-якому вебхостингу, що дозволяє іншим сайтам його читати (CORS): на файловому сервері редакції, у репозиторії GitHub через GitHub Pages або як таблицю, опубліковану в інтернеті у форматі XLSX чи CSV.',
    publishOpen: 'Відкрийте Parley з',
    publishAddress: 'і адресою файлу, наприклад',
    publishChecks: 'Parley перевірить файл і назве кожну помилку з її місцем у файлі.',
    publishShare:
      'Там кнопка «Копіювати посилання» дасть посилання, а вікно «Вбудувати» — код для вашої статті.',
  },
};
