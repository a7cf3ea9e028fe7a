/*
 * The English of every problem the validators and the spreadsheet importer find in a dataset: the source of
 * truth for `npm run validate:data`, for the `message` of each issue, and for the English edition, whose views
 * word a problem from its key and values (problem.ts). Another language's catalogue is an object of this
 * type (uk-problems.ts), so a missing or extra key fails the typecheck.
 *
 * A value is data (an id, the text that failed, already quoted where the message quotes it), a number, or a
 * code from a closed list (a JSON kind, a noun), which each language words itself. Every function must also
 * survive being called with sample values of other types (message-leaves.ts samples the catalogues that way).
 * A fixed text here is one key: the schema writes these texts as its own messages, and an issue finds its
 * key again by its text (readable-zod-issue.ts), so two keys must not share one.
 */

/** The JSON kinds a value can be, as zod names what it expected and describeKind names what it got. */
export type ValueKind =
  'string' | 'number' | 'boolean' | 'array' | 'tuple' | 'object' | 'null' | 'nothing' | (string & {});

/** The things a dataset names by id, in messages about ids that are unknown or repeated. */
export type IdNoun =
  'party' | 'person' | 'topic' | 'source' | 'round' | 'session' | 'dispute' | 'document' | 'story' | 'place';

/** What a translation can translate without the original having it. */
export type TranslatedField =
  'coverageNote' | 'shortTitle' | 'summary' | 'dateLabel' | 'sessionSummary' | 'documentNote';

/** The items a translation counts ("translates outcome 5"), and what holds them ("but the round has 4"). */
export type TranslatedItem =
  | 'outcome'
  | 'session'
  | 'dispute'
  | 'statement'
  | 'documentNote'
  | 'account'
  | 'position'
  | 'paragraph'
  | 'step';
export type TranslatedWhole = 'round' | 'dispute' | 'person' | 'intro' | 'story' | 'step';

// What zod expected, as the English message names it ("must be text"); other kinds keep zod's own name.
const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'an array',
  tuple: 'an array',
  object: 'an object',
};

/**
 * What a value is, with its article ("an array", "a string", "null"): `got` is either a value as the message
 * quotes it (a quoted string, a number, true or false) or the name of its kind.
 */
function got(value: string): string {
  const text = String(value);
  if (text.startsWith('"') || /^-?(\d|Infinity)|^(true|false|NaN)$/.test(text)) return text;
  if (text === 'null' || text === 'nothing') return text;
  return /^[aeiou]/.test(text) ? `an ${text}` : `a ${text}`;
}

/** "ua, ru, us", "none", or the first ten and "and 3 more". */
export function englishKnownIds(listed: string, more: number): string {
  if (listed === '') return 'none';
  return more > 0 ? `${listed} and ${more} more` : listed;
}

const FIELDS: Record<string, string> = {
  coverageNote: 'the coverage note',
  sessionSummary: 'a session summary',
  documentNote: 'a document note',
};

const ITEMS: Record<string, string> = { documentNote: 'document note' };

export const englishProblemWords = {
  // The schema's shapes and types (zod's issues, readable-zod-issue.ts)
  missing: 'missing',
  mustBeKind: (expected: ValueKind, actual: string) =>
    `must be ${EXPECTED[expected] ?? expected} (got ${got(actual)})`,
  mustBeValue: (expected: string, actual: string) => `must be ${expected} (got ${got(actual)})`,
  mustBeOneOf: (values: string, actual: string) => `must be one of ${values} (got ${got(actual)})`,
  notEmpty: 'must not be empty',
  atLeastItems: (minimum: number) => `must have at least ${minimum} items`,
  atLeast: (minimum: number) => `must be at least ${minimum}`,
  atMostItems: (maximum: number) => `must have at most ${maximum} items`,
  atMost: (maximum: number) => `must be at most ${maximum}`,
  unknownFields: (fields: string, count: number) => `unknown field${count > 1 ? 's' : ''} ${fields}`,
  email: 'must be an email address',
  format: (format: string) => `must be a valid ${format}`,
  notValid: 'is not valid',
  /** After a schema message that does not show the text that failed. */
  gotText: (text: string) => `(got ${text})`,

  // The schema's own messages (schema.ts, translations-schema.ts)
  slug: 'must be a slug: lower-case letters, digits and single hyphens',
  sourceId: 'must be letters, digits and hyphens, like S01',
  citesSource: 'must cite at least one source',
  httpUrl: 'must be an http(s) URL',
  noCredentials: 'must not contain a user name or password',
  colour: 'must be a colour like #1f77b4',
  languageTag: 'must be a language tag like en or uk',
  namesParty: 'must name at least one party',
  quoteOrParaphrase: 'must have either a quote or a paraphrase, not both',
  twoAccounts: 'must record at least two accounts',
  roundDay: 'must be a date like 2025-03-11',
  calendarDay: 'must be a date like 2025-06-27',
  oneParagraph: 'must have at least one paragraph',
  oneStep: 'must have at least one step',
  familyOrLiteral: 'must have either a family name (a person) or a literal name (an organisation), not both',
  givenNeedsFamily: 'a given name needs a family name',
  namesAuthor: 'must name at least one author',
  year: 'must be a year like 2026',
  doi: 'must be a DOI like 10.5281/zenodo.1234567',
  translationTag: 'must be a language tag like uk or pt-BR',

  // The dataset as a whole (validate-dataset.ts)
  notText: (actual: string) => `expected the text of a file; got ${got(actual)}`,
  notDataset: (actual: string) =>
    `a Parley dataset must be a JSON object with meta, parties, people, topics, sources and rounds; got ${got(actual)}`,
  unreadable: (reason: string) => reason,
  internalError: (detail: string) => `could not be checked (internal error: ${detail})`,
  moreProblems: (count: number, exact: boolean) =>
    `… and ${exact ? '' : 'at least '}${count.toLocaleString('en')} more problems`,

  // References, dates and the rules for rounds (validate-references.ts, validate-documents.ts)
  duplicateId: (id: string, other: string) => `duplicate id "${id}" (also used by ${other})`,
  unknownId: (noun: IdNoun, id: string, listed: string, more: number) =>
    `unknown ${noun} "${id}" (known: ${englishKnownIds(listed, more)})`,
  unknownVersion: (version: string, document: string, listed: string, more: number) =>
    `unknown version "${version}" of document "${document}" (known: ${englishKnownIds(listed, more)})`,
  badDate: (reason: string, value: string) => `${reason} (got ${value})`,
  otherParty: (name: string, party: string, participant: string) =>
    `${name} belongs to party ${party}, not ${participant}`,
  talksNeedFormat: (formats: string) => `missing: talks rounds need a format (one of ${formats})`,
  twoParticipants: (found: number) => `a round needs at least two participants (found ${found})`,
  sessionOutside: (session: string, round: string) =>
    `${session} lies outside the round's date ${round}; widen the round's date or move the session`,
  relatedToItself: 'a round cannot be related to itself',
  companionOfItself: 'a document cannot be a companion of itself',
  agreementNotHeld: (outcome: string, status: string) =>
    `"${outcome}" claims an agreement, but the round was not held (status "${status}"); ` +
    'use proposed, not-agreed or discussed, or mark the round held',
  coverageBackwards: (from: string, to: string) =>
    `the coverage ends before it starts (from ${from}, to ${to})`,
  versionsOutOfOrder: (date: string, earlier: string, earlierPath: string) =>
    `versions must be in date order: ${date} comes before ${earlier} (${earlierPath}, listed earlier)`,

  // Stories (validate-stories.ts)
  periodBackwards: (end: string, start: string) => `the period ends (${end}) before it starts (${start})`,
  rangeBackwards: (to: string, from: string) => `the date range ends (${to}) before it starts (${from})`,
  notCalendarDay: (value: string) => `not a calendar day (got ${value})`,
  /** `dateText` is the round's date as the English edition words it; `edtf` is the date as the data writes it. */
  roundOutsidePeriod: (round: string, dateText: string, _edtf: string, start: string, end: string) =>
    `round "${round}" (${dateText}) is outside the step's period ${start} to ${end}`,
  roundFilteredOut: (round: string) => `round "${round}" is hidden by the step's own filters`,

  // Translations (validate-translations.ts)
  ownLanguage: (lang: string) =>
    `"${lang}" is the dataset's own language (meta.languages[0]): its text needs no translation`,
  unknownLanguage: (lang: string, languages: string) =>
    `unknown language "${lang}": list it in meta.languages (now: ${languages})`,
  nothingToTranslate: (noun: IdNoun, id: string) =>
    `unknown ${noun} "${id}": there is no ${noun} with this id to translate`,
  noOriginal: (field: TranslatedField) =>
    `translates ${FIELDS[field] ?? field}, which the original does not have`,
  beyondOriginal: (item: TranslatedItem, number: number, whole: TranslatedWhole, count: number) =>
    `translates ${ITEMS[item] ?? item} ${number}, but the ${whole} has ${count}`,
  quoteTranslated: 'translates a quote: quotes keep their original wording (only paraphrases are translated)',
  noDelegatePosition: (person: string) =>
    `no delegate "${person}" with a position (title at this round) to translate`,
  unknownVersionOf: (version: string, document: string) => `unknown version "${version}" of "${document}"`,
  unknownPlace: (place: string) => `no round is held at "${place}" (city, country or venue)`,

  // A spreadsheet in the template's format (src/spreadsheet/)
  oldExcel: 'this is an old Excel file (.xls); save it as .xlsx and try again',
  openDocument: 'this looks like an OpenDocument file (.ods); save it as .xlsx and try again',
  unreadableSpreadsheet: (detail: string) => `the spreadsheet could not be read (${detail})`,
  noSheet: (sheet: string, rows: string) => `the workbook has no "${sheet}" sheet (${rows})`,
  noColumn: (column: string) => `the column "${column}" is missing from the header row`,
  extraDatasetRow: 'only the first row of the dataset sheet is read; this one was left out',
  emptyRequiredCell: 'this cell is empty, but the column is required',
  yesOrNo: (text: string) => `must be yes or no (got "${text}")`,
  notANumber: (text: string) => `must be a number (got "${text}")`,
  rowNeedsRound: 'must name the round this row belongs to',
  noSuchRound: (round: string) => `no round "${round}" in the rounds sheet`,
  rowNeedsParty: 'must name the party whose delegation this is',
  noSuchParticipant: (round: string, party: string) =>
    `round "${round}" has no participant "${party}" in the participants sheet`,
  rowNeedsPerson: 'must name the person who held the post',
  noSuchPerson: (person: string) => `no person "${person}" in the people sheet`,
  sheetLeftOut: (sheet: string) => `the sheet "${sheet}" is not part of the template, so it was left out`,
  columnLeftOut: (column: string, sheet: string) =>
    `the column "${column}" in the ${sheet} sheet is not part of the template`,
};

export type ProblemWords = typeof englishProblemWords;
