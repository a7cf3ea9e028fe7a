import type { enProblems } from './en-problems.ts';
import type { ProblemWords } from '../domain/problem-words.ts';
import { ukNumber } from './uk-common.ts';
import { plural } from './plural.ts';

/*
 * A dataset's problems in Ukrainian (problem-words.ts has the English and says what each value is). Data
 * stays as it is: ids, the text that failed, field and sheet names, and the format's codes (yes, no, held…),
 * which are what the file must contain. The details a browser or a library adds to a message stay English.
 */

// "має бути текстом": what was expected, in the instrumental after "бути".
const EXPECTED: Record<string, string> = {
  string: 'текстом',
  number: 'числом',
  boolean: 'true або false',
  array: 'масивом',
  tuple: 'масивом',
  object: 'об’єктом',
};

// "отримано масив": what came instead, in the accusative after "отримано".
const KINDS: Record<string, string> = {
  string: 'рядок',
  number: 'число',
  boolean: 'логічне значення',
  array: 'масив',
  object: 'об’єкт',
  null: 'null',
  nothing: 'нічого',
};

/** A value quoted as it is (a string in quotes, a number, true or false), or its kind in words. */
function got(value: string): string {
  const text = String(value);
  return KINDS[text] ?? text;
}

/** The nouns a dataset names by id: the word, and the ending of "невідом-" that agrees with it. */
const NOUNS: Record<string, { word: string; unknown: string }> = {
  party: { word: 'сторона', unknown: 'невідома' },
  person: { word: 'особа', unknown: 'невідома' },
  topic: { word: 'тема', unknown: 'невідома' },
  source: { word: 'джерело', unknown: 'невідоме' },
  round: { word: 'раунд', unknown: 'невідомий' },
  session: { word: 'засідання', unknown: 'невідоме' },
  dispute: { word: 'розбіжність', unknown: 'невідома' },
  document: { word: 'документ', unknown: 'невідомий' },
  story: { word: 'історія', unknown: 'невідома' },
  place: { word: 'місце', unknown: 'невідоме' },
};
const unknownNoun = (noun: string) => {
  const found = NOUNS[noun];
  return found ? `${found.unknown} ${found.word}` : `невідомий ідентифікатор (${noun})`;
};

/** "ua, ru", "немає", or the first ten and "і ще 3". */
function known(listed: string, more: number): string {
  if (listed === '') return 'немає';
  return more > 0 ? `${listed} і ще ${ukNumber(more)}` : listed;
}

// "перекладено примітку щодо охоплення": what was translated, in the accusative.
const FIELDS: Record<string, string> = {
  coverageNote: 'примітку щодо охоплення',
  shortTitle: 'короткий заголовок (shortTitle)',
  summary: 'опис (summary)',
  dateLabel: 'підпис дати (dateLabel)',
  sessionSummary: 'опис засідання',
  documentNote: 'примітку до документа',
};
const ITEMS: Record<string, string> = {
  outcome: 'результат',
  session: 'засідання',
  dispute: 'розбіжність',
  statement: 'заяву',
  documentNote: 'примітку до документа',
  account: 'версію',
  position: 'посаду',
  paragraph: 'абзац',
  step: 'крок',
};
// "а в раунді їх усього 4": where the originals are, in the locative.
const WHOLES: Record<string, string> = {
  round: 'у раунді',
  dispute: 'у розбіжності',
  person: 'в особи',
  intro: 'у вступі',
  story: 'в історії',
  step: 'у кроці',
};

const items = plural('uk', { one: '# елемент', few: '# елементи', many: '# елементів', other: '# елемента' });
const problems = plural('uk', {
  one: '# проблема',
  few: '# проблеми',
  many: '# проблем',
  other: '# проблеми',
});
const characters = plural('uk', {
  one: '# символ',
  few: '# символи',
  many: '# символів',
  other: '# символу',
});

/** Why a date does not parse (dates.ts, edtf-endpoint.ts word it in English), in Ukrainian. */
function dateReason(reason: string): string {
  const text = String(reason);
  const fixed: Record<string, string> = {
    'must be a string': 'має бути рядком',
    'must not be empty': 'не може бути порожньою',
    'not a valid EDTF date: an interval has one "/"': 'некоректна дата EDTF: у проміжку лише одна «/»',
    'open-ended intervals are not supported: give both ends':
      'відкриті проміжки не підтримуються: укажіть обидва кінці',
    'both ends of an interval need the same precision, like 2025-03-01/2025-04-15':
      'обидва кінці проміжку мають бути однаково точними, як-от 2025-03-01/2025-04-15',
    'the interval ends before it starts': 'проміжок закінчується раніше, ніж починається',
    'unspecified digits (X) are not supported: write a coarser date':
      'невизначені цифри (X) не підтримуються: укажіть менш точну дату',
    'only the seasons 21 (spring) to 24 (winter) are supported':
      'підтримуються лише сезони від 21 (весна) до 24 (зима)',
    'a time of day is not supported: write the day, like 2025-03-11':
      'час доби не підтримується: укажіть день, як-от 2025-03-11',
  };
  const exact = fixed[text];
  if (exact) return exact;
  const long = /^too long for a date \((\d+) characters\)$/.exec(text);
  if (long) return `задовгий текст для дати (${characters(Number(long[1]))})`;
  const day = /^not a day in the calendar: (.*)$/.exec(text);
  if (day) return `такого дня немає в календарі: ${day[1]}`;
  const token = /^not a valid EDTF date: unexpected (.*) at character (\d+)$/.exec(text);
  if (token) return `некоректна дата EDTF: неочікуване ${token[1]} на позиції ${token[2]}`;
  return 'некоректна дата EDTF';
}

/** Why a file is not JSON (json-text.ts words it in English); the engine's own detail stays as it comes. */
function jsonReason(reason: string): string {
  const text = String(reason);
  if (text === 'the file is empty') return 'файл порожній';
  const syntax = /^not valid JSON: (.*)$/.exec(text);
  if (syntax) return `це не коректний JSON (${syntax[1]})`;
  const deep = /^nested more than (\d+) levels deep/.exec(text);
  if (deep) return `забагато рівнів вкладеності (понад ${deep[1]})`;
  return 'файл не вдалося прочитати як JSON';
}

const words: ProblemWords = {
  missing: 'поле відсутнє',
  mustBeKind: (expected, actual) => `має бути ${EXPECTED[expected] ?? expected} (отримано ${got(actual)})`,
  mustBeValue: (expected, actual) => `має бути ${expected} (отримано ${got(actual)})`,
  mustBeOneOf: (values, actual) => `має бути одним зі значень ${values} (отримано ${got(actual)})`,
  notEmpty: 'не може бути порожнім',
  atLeastItems: (minimum) => `має містити щонайменше ${items(minimum)}`,
  atLeast: (minimum) => `має бути не менше ніж ${ukNumber(minimum)}`,
  atMostItems: (maximum) => `має містити щонайбільше ${items(maximum)}`,
  atMost: (maximum) => `має бути не більше ніж ${ukNumber(maximum)}`,
  unknownFields: (fields, count) => `${count > 1 ? 'невідомі поля' : 'невідоме поле'} ${fields}`,
  email: 'має бути адресою електронної пошти',
  format: (format) => `має бути коректним значенням у форматі ${format}`,
  notValid: 'некоректне значення',
  gotText: (text) => `(отримано ${text})`,

  slug: 'має бути ідентифікатором: малі латинські літери, цифри й поодинокі дефіси',
  sourceId: 'має складатися з латинських літер, цифр і дефісів, як-от S01',
  citesSource: 'має посилатися щонайменше на одне джерело',
  httpUrl: 'має бути адресою http(s)',
  noCredentials: 'не може містити ім’я користувача чи пароль',
  colour: 'має бути кольором на кшталт #1f77b4',
  languageTag: 'має бути мовним тегом, як-от en чи uk',
  namesParty: 'має називати щонайменше одну сторону',
  quoteOrParaphrase: 'має містити або цитату, або переказ, але не обидва',
  twoAccounts: 'має містити щонайменше дві версії',
  roundDay: 'має бути датою на кшталт 2025-03-11',
  calendarDay: 'має бути датою на кшталт 2025-06-27',
  oneParagraph: 'має містити щонайменше один абзац',
  oneStep: 'має містити щонайменше один крок',
  familyOrLiteral: 'має містити або прізвище (для особи), або повну назву (для організації), але не обидва',
  givenNeedsFamily: 'ім’я потребує прізвища',
  namesAuthor: 'має називати щонайменше одного автора',
  year: 'має бути роком, як-от 2026',
  doi: 'має бути DOI, як-от 10.5281/zenodo.1234567',
  translationTag: 'має бути мовним тегом, як-от uk чи pt-BR',

  notText: (actual) => `очікувався текст файлу, а отримано ${got(actual)}`,
  notDataset: (actual) =>
    `набір даних Parley має бути об’єктом JSON із полями meta, parties, people, topics, sources і rounds; отримано ${got(actual)}`,
  unreadable: (reason) => jsonReason(reason),
  internalError: (detail) => `не вдалося перевірити (внутрішня помилка: ${detail})`,
  moreProblems: (count, exact) => `… і ще ${exact ? '' : 'щонайменше '}${problems(count)}`,

  duplicateId: (id, other) => `повторюваний ідентифікатор "${id}" (його вже має ${other})`,
  unknownId: (noun, id, listed, more) => `${unknownNoun(noun)} "${id}" (відомі: ${known(listed, more)})`,
  unknownVersion: (version, document, listed, more) =>
    `невідома версія "${version}" документа "${document}" (відомі: ${known(listed, more)})`,
  badDate: (reason, value) => `${dateReason(reason)} (отримано ${value})`,
  otherParty: (name, party, participant) => `${name} належить до сторони ${party}, а не ${participant}`,
  talksNeedFormat: (formats) => `поле відсутнє: для переговорів потрібен формат (одне зі значень ${formats})`,
  twoParticipants: (found) => `у раунді має бути щонайменше двоє учасників (зараз: ${ukNumber(found)})`,
  sessionOutside: (session, round) =>
    `${session} виходить за межі дати раунду ${round}; розширте дату раунду або перенесіть засідання`,
  relatedToItself: 'раунд не може бути пов’язаний сам із собою',
  companionOfItself: 'документ не може супроводжувати сам себе',
  agreementNotHeld: (outcome, status) =>
    `"${outcome}" означає домовленість, але раунд не відбувся (статус "${status}"); ` +
    'укажіть "proposed", "not-agreed" чи "discussed" або позначте раунд як "held"',
  coverageBackwards: (from, to) =>
    `період охоплення закінчується раніше, ніж починається (від ${from} до ${to})`,
  versionsOutOfOrder: (date, earlier, earlierPath) =>
    `версії мають іти за датами: ${date} раніше за ${earlier} (${earlierPath}, що стоїть вище)`,

  periodBackwards: (end, start) => `період закінчується (${end}) раніше, ніж починається (${start})`,
  rangeBackwards: (to, from) => `проміжок дат закінчується (${to}) раніше, ніж починається (${from})`,
  notCalendarDay: (value) => `не є календарним днем (отримано ${value})`,
  // The date as the data writes it: the English edition's words for it would be English here.
  roundOutsidePeriod: (round, _dateText, edtf, start, end) =>
    `раунд "${round}" (${edtf}) лежить поза періодом кроку, від ${start} до ${end}`,
  roundFilteredOut: (round) => `раунд "${round}" приховують власні фільтри кроку`,

  ownLanguage: (lang) =>
    `"${lang}" — власна мова набору даних (meta.languages[0]): її текст не потребує перекладу`,
  unknownLanguage: (lang, languages) =>
    `невідома мова "${lang}": додайте її до meta.languages (зараз: ${languages})`,
  nothingToTranslate: (noun, id) =>
    `${unknownNoun(noun)} "${id}": з таким ідентифікатором нічого перекладати`,
  noOriginal: (field) => `перекладено ${FIELDS[field] ?? field}, але в оригіналі цього немає`,
  beyondOriginal: (item, number, whole, count) =>
    `перекладено ${ITEMS[item] ?? item} № ${ukNumber(number)}, а ${WHOLES[whole] ?? whole} їх усього ${ukNumber(count)}`,
  quoteTranslated:
    'перекладено цитату: цитати зберігають оригінальне формулювання (перекладають лише переказ)',
  noDelegatePosition: (person) =>
    `немає делегата "${person}" з посадою на цьому раунді, яку можна було б перекласти`,
  unknownVersionOf: (version, document) => `невідома версія "${version}" документа "${document}"`,
  unknownPlace: (place) => `жоден раунд не відбувся в місці "${place}" (місто, країна або місце проведення)`,

  oldExcel: 'це файл старого формату Excel (.xls); збережіть його як .xlsx і спробуйте ще раз',
  openDocument: 'схоже, це файл OpenDocument (.ods); збережіть його як .xlsx і спробуйте ще раз',
  unreadableSpreadsheet: (detail) => `не вдалося прочитати таблицю (${detail})`,
  noSheet: (sheet) => `у книзі немає аркуша «${sheet}»`,
  noColumn: (column) => `у рядку заголовків немає стовпця «${column}»`,
  extraDatasetRow: 'з аркуша «dataset» читається лише перший рядок; цей пропущено',
  emptyRequiredCell: 'комірка порожня, а стовпець обов’язковий',
  yesOrNo: (text) => `має бути "yes" або "no" (отримано "${text}")`,
  notANumber: (text) => `має бути числом (отримано "${text}")`,
  rowNeedsRound: 'рядок має називати раунд, до якого належить',
  noSuchRound: (round) => `на аркуші «rounds» немає раунду "${round}"`,
  rowNeedsParty: 'рядок має називати сторону, чия це делегація',
  noSuchParticipant: (round, party) =>
    `у раунду "${round}" немає учасника "${party}" на аркуші «participants»`,
  rowNeedsPerson: 'рядок має називати особу, яка обіймала посаду',
  noSuchPerson: (person) => `на аркуші «people» немає особи "${person}"`,
  sheetLeftOut: (sheet) => `аркуш «${sheet}» не входить до шаблону, тож його пропущено`,
  columnLeftOut: (column, sheet) => `стовпець «${column}» на аркуші «${sheet}» не входить до шаблону`,
};

/** A dataset's problems and their places in a spreadsheet, in Ukrainian (en-problems.ts). */
export const ukProblems: typeof enProblems = {
  problem: words,
  problemSheetPlace: (sheet, row, column) => `аркуш «${sheet}», рядок ${row}, стовпець «${column}»`,
};
