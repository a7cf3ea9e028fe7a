import {
  attendanceModes,
  outcomeStatuses,
  participantRoles,
  relationKinds,
  roundFormats,
  roundKinds,
  roundStatuses,
  topicGroups,
} from '../domain/vocabularies.ts';
import type { Column } from './column-types.ts';

/** Where a sheet's rows go in the dataset: the parent keys its rows carry decide it. */
export type SheetPlace =
  | { kind: 'meta' }
  | { kind: 'collection'; collection: 'parties' | 'people' | 'topics' | 'sources' | 'rounds' }
  | { kind: 'round-child'; field: 'participants' | 'outcomes' | 'statements' | 'sessions' | 'related' }
  | { kind: 'positions' }
  | { kind: 'delegates' }
  | { kind: 'disputes' };

/** One sheet of the template: its name, the parent-key columns first, then the record's own columns. */
export interface SheetSpec {
  name: string;
  /** What one row is, for the notes and messages ("one row per outcome"). */
  row: string;
  place: SheetPlace;
  keys: readonly Column[];
  columns: readonly Column[];
  /** The column named for a problem with a row as a whole; the first own column unless set. */
  rowColumn?: string;
}

const roundKey: Column = {
  header: 'round',
  label: 'Round',
  path: [],
  type: { kind: 'ref', to: 'rounds' },
  required: true,
  note: 'The id of the round, from the rounds sheet.',
};
const sources = (what: string): Column => ({
  header: 'sources',
  label: 'Sources',
  path: ['sources'],
  type: { kind: 'refs', to: 'sources' },
  required: true,
  note: `The sources that support ${what}.`,
});
const text = (header: string, label: string, note: string, required = false, long = false): Column => ({
  header,
  label,
  path: [header],
  type: { kind: 'text', long },
  required,
  note,
});
const day = (
  header: string,
  label: string,
  note: string,
  path: Column['path'],
  required = false,
): Column => ({
  header,
  label,
  path,
  type: { kind: 'day' },
  required,
  note,
});
const idColumn = (note: string): Column => ({
  header: 'id',
  label: 'Id',
  path: ['id'],
  type: { kind: 'id' },
  required: true,
  note,
});
const enumColumn = (
  header: string,
  label: string,
  values: readonly string[],
  note: string,
  required = false,
) => ({ header, label, path: [header], type: { kind: 'enum', values }, required, note }) satisfies Column;

/** Every sheet, in workbook order. */
export const SHEETS: readonly SheetSpec[] = [
  {
    name: 'dataset',
    row: 'one row: the dataset as a whole',
    place: { kind: 'meta' },
    keys: [],
    columns: [
      text('title', 'Title', 'The dataset\u2019s title, as readers see it.', true),
      text(
        'description',
        'Description',
        'What the dataset covers and where its facts come from.',
        true,
        true,
      ),
      {
        header: 'languages',
        label: 'Languages',
        path: ['languages'],
        type: { kind: 'list' },
        required: true,
        note: 'Language tags of the text, like en.',
      },
      text('licence', 'Licence', 'The licence of the data, like CC BY 4.0.', true),
      day('updated', 'Last updated', 'When the data was last updated.', ['updated'], true),
      {
        header: 'maintainer',
        label: 'Maintainer',
        path: ['maintainer', 'name'],
        type: { kind: 'text' },
        required: true,
        note: 'Who maintains the data.',
      },
      {
        header: 'maintainer url',
        label: 'Maintainer\u2019s web page',
        path: ['maintainer', 'url'],
        type: { kind: 'text' },
        note: 'An http(s) address.',
      },
      {
        header: 'maintainer email',
        label: 'Maintainer\u2019s email',
        path: ['maintainer', 'email'],
        type: { kind: 'text' },
        note: 'An email address.',
      },
      text('version', 'Version', 'The dataset\u2019s own version ("2026-12-02", "1.2"), cited with it.'),
      {
        ...text(
          'cite as',
          'Cite as (organisation)',
          'The author to cite, when it is an organisation ("Parley contributors").',
        ),
        path: ['citation', 'authors', 0, 'literal'],
      },
      day('covered from', 'Covered from', 'The first day the data covers; fill in "covered to" too.', [
        'coverage',
        'from',
      ]),
      day(
        'covered to',
        'Covered to',
        'The last day with material, so readers do not take the silence after it for no talks.',
        ['coverage', 'to'],
      ),
      {
        ...text('coverage note', 'Coverage note', 'What the period covered leaves out, if anything.'),
        path: ['coverage', 'note'],
      },
    ],
  },
  {
    name: 'rounds',
    row: 'one row per round (a meeting, call or exchange)',
    place: { kind: 'collection', collection: 'rounds' },
    keys: [],
    columns: [
      idColumn('A short id for the round, like istanbul-2025-05-16.'),
      enumColumn('kind', 'Kind', roundKinds, 'What kind of round it was.', true),
      text('title', 'Title', 'The round\u2019s title.', true),
      {
        ...text('short title', 'Short title', 'A short label for the timeline ("Istanbul I").'),
        path: ['shortTitle'],
      },
      enumColumn('status', 'Meeting status', roundStatuses, 'Leave empty for a meeting that was held.'),
      {
        header: 'date',
        label: 'Date',
        path: ['date'],
        type: { kind: 'date' },
        required: true,
        note: 'When it took place.',
      },
      {
        ...text(
          'date label',
          'Date as the sources word it',
          'For a vague date, the words of the sources ("early March 2025").',
        ),
        path: ['dateLabel'],
      },
      text('summary', 'Summary', 'What happened, in a few sentences.', false, true),
      { ...text('city', 'City', 'Where it took place.'), path: ['location', 'city'] },
      { ...text('country', 'Country', 'The country it took place in.'), path: ['location', 'country'] },
      { ...text('venue', 'Venue', 'The building or place.'), path: ['location', 'venue'] },
      {
        header: 'longitude',
        label: 'Longitude',
        path: ['location', 'coordinates', 0],
        type: { kind: 'number' },
        note: 'Only where a source gives coordinates; fill in latitude too.',
      },
      {
        header: 'latitude',
        label: 'Latitude',
        path: ['location', 'coordinates', 1],
        type: { kind: 'number' },
        note: 'Only where a source gives coordinates; fill in longitude too.',
      },
      enumColumn('format', 'Format', roundFormats, 'How the sides met.'),
      sources('the round as a whole'),
    ],
  },
  {
    name: 'participants',
    row: 'one row per party at a round',
    place: { kind: 'round-child', field: 'participants' },
    keys: [roundKey],
    columns: [
      {
        header: 'party',
        label: 'Party',
        path: ['party'],
        type: { kind: 'ref', to: 'parties' },
        required: true,
        note: 'Who took part.',
      },
      enumColumn('role', 'Role', participantRoles, 'The part it played.', true),
      enumColumn('attendance', 'Attendance', attendanceModes, 'Whether its delegation was there in person.'),
      sources('this party\u2019s presence'),
    ],
  },
  {
    name: 'delegates',
    row: 'one row per person in a party\u2019s delegation',
    place: { kind: 'delegates' },
    keys: [
      roundKey,
      {
        header: 'party',
        label: 'Party',
        path: [],
        type: { kind: 'ref', to: 'parties' },
        required: true,
        note: 'The party whose delegation the person was in; it must have a row in participants.',
      },
    ],
    columns: [
      {
        header: 'person',
        label: 'Person',
        path: ['person'],
        type: { kind: 'ref', to: 'people' },
        required: true,
        note: 'Who.',
      },
      {
        header: 'head',
        label: 'Head of delegation',
        path: ['head'],
        type: { kind: 'bool' },
        note: 'Whether the person led the delegation.',
      },
      text(
        'position',
        'Position at this round',
        'The person\u2019s title at this round as the sources give it.',
      ),
      sources('this person\u2019s presence'),
    ],
  },
  {
    name: 'outcomes',
    row: 'one row per topic discussed at a round',
    place: { kind: 'round-child', field: 'outcomes' },
    keys: [roundKey],
    columns: [
      {
        header: 'topic',
        label: 'Topic',
        path: ['topic'],
        type: { kind: 'ref', to: 'topics' },
        required: true,
        note: 'What was discussed.',
      },
      enumColumn('status', 'Outcome', outcomeStatuses, 'What came of it.', true),
      text('summary', 'Summary', 'What was agreed, proposed or refused.', true, true),
      {
        header: 'proposed by',
        label: 'Proposed by',
        path: ['proposedBy'],
        type: { kind: 'ref', to: 'parties' },
        note: 'For a proposal, the party that made it.',
      },
      sources('this outcome'),
    ],
  },
  {
    name: 'statements',
    row: 'one row per statement about a round',
    place: { kind: 'round-child', field: 'statements' },
    keys: [roundKey],
    rowColumn: 'quote',
    columns: [
      {
        header: 'speaker',
        label: 'Speaker',
        path: ['speaker'],
        type: { kind: 'ref', to: 'people' },
        required: true,
        note: 'Who said it.',
      },
      text(
        'quote',
        'Quote',
        'A short verbatim quote, one sentence at most. Fill in quote or paraphrase, not both.',
        false,
        true,
      ),
      text(
        'paraphrase',
        'Paraphrase',
        'What was said, in your words. Fill in quote or paraphrase, not both.',
        false,
        true,
      ),
      { header: 'date', label: 'Date', path: ['date'], type: { kind: 'date' }, note: 'When it was said.' },
      sources('the statement'),
    ],
  },
  {
    name: 'sessions',
    row: 'one row per separate meeting within a round',
    place: { kind: 'round-child', field: 'sessions' },
    keys: [roundKey],
    columns: [
      idColumn('A short id for the session.'),
      text('title', 'Title', 'The session\u2019s title.', true),
      {
        header: 'date',
        label: 'Date',
        path: ['date'],
        type: { kind: 'date' },
        required: true,
        note: 'When it took place.',
      },
      {
        header: 'parties',
        label: 'Parties',
        path: ['parties'],
        type: { kind: 'refs', to: 'parties' },
        required: true,
        note: 'Who sat at this table.',
      },
      enumColumn('format', 'Format', roundFormats, 'How the sides met.'),
      text('summary', 'Summary', 'What happened.', false, true),
      sources('the session'),
    ],
  },
  {
    name: 'disputes',
    row: 'one row per account of a disputed fact; rows with the same dispute id form one dispute',
    place: { kind: 'disputes' },
    keys: [
      roundKey,
      {
        header: 'dispute',
        label: 'Dispute',
        path: ['id'],
        type: { kind: 'id' },
        required: true,
        note: 'An id shared by the accounts of one dispute.',
      },
      {
        header: 'subject',
        label: 'Subject',
        path: ['subject'],
        type: { kind: 'text' },
        required: true,
        note: 'The fact in question; give it on the first account of a dispute.',
      },
    ],
    columns: [
      text('claim', 'Claim', 'What this account says.', true, true),
      text('attribution', 'Attribution', 'Who says so, in words ("AP", "the Kremlin").', true),
      sources('this account'),
    ],
  },
  {
    name: 'related',
    row: 'one row per link from a round to another round',
    place: { kind: 'round-child', field: 'related' },
    keys: [roundKey],
    columns: [
      {
        header: 'related round',
        label: 'Related round',
        path: ['round'],
        type: { kind: 'ref', to: 'rounds' },
        required: true,
        note: 'The other round.',
      },
      enumColumn('relation', 'Relation', relationKinds, 'How this round relates to it.', true),
    ],
  },
  {
    name: 'sources',
    row: 'one row per published page that supports a fact',
    place: { kind: 'collection', collection: 'sources' },
    keys: [],
    columns: [
      {
        header: 'id',
        label: 'Id',
        path: ['id'],
        type: { kind: 'text' },
        required: true,
        note: 'A short id like S01 (letters, digits and hyphens), unique in this sheet.',
      },
      {
        header: 'url',
        label: 'Address',
        path: ['url'],
        type: { kind: 'text' },
        required: true,
        note: 'The page\u2019s http(s) address.',
      },
      text('publisher', 'Publisher', 'Who published it.', true),
      text('title', 'Title', 'The page\u2019s title.'),
      {
        header: 'published',
        label: 'Published',
        path: ['published'],
        type: { kind: 'date' },
        note: 'When the page was published.',
      },
      text('language', 'Language', 'A language tag like en or uk.', true),
      {
        header: 'cites',
        label: 'Cites',
        path: ['cites'],
        type: { kind: 'list' },
        note: 'Wires or agencies the page cites (Reuters, AP).',
      },
    ],
  },
  {
    name: 'people',
    row: 'one row per person',
    place: { kind: 'collection', collection: 'people' },
    keys: [],
    columns: [
      idColumn('A short id like rustem-umerov.'),
      text('name', 'Name', 'The name as readers should see it.', true),
      {
        header: 'aliases',
        label: 'Other spellings',
        path: ['aliases'],
        type: { kind: 'list' },
        note: 'Other spellings found in sources, so search finds them.',
      },
      {
        header: 'party',
        label: 'Party',
        path: ['party'],
        type: { kind: 'ref', to: 'parties' },
        required: true,
        note: 'The party the person belongs to.',
      },
    ],
  },
  {
    name: 'positions',
    row: 'one row per post a person held',
    place: { kind: 'positions' },
    keys: [
      {
        header: 'person',
        label: 'Person',
        path: [],
        type: { kind: 'ref', to: 'people' },
        required: true,
        note: 'The id of the person, from the people sheet.',
      },
    ],
    columns: [
      text('title', 'Title', 'The post ("Defence Minister").', true),
      {
        header: 'from',
        label: 'From',
        path: ['from'],
        type: { kind: 'date' },
        note: 'When the person took the post.',
      },
      { header: 'to', label: 'To', path: ['to'], type: { kind: 'date' }, note: 'When the person left it.' },
      { ...sources('the post'), required: false },
    ],
  },
  {
    name: 'parties',
    row: 'one row per state or organisation',
    place: { kind: 'collection', collection: 'parties' },
    keys: [],
    columns: [
      idColumn('A short id like ua.'),
      text('name', 'Name', 'The full name.', true),
      { ...text('short name', 'Short name', 'A short name for tight spaces.', true), path: ['shortName'] },
      enumColumn('kind', 'Kind', ['state', 'organisation'], 'What it is.', true),
      text('colour', 'Colour', 'A colour like #0072b2 for its marks.'),
    ],
  },
  {
    name: 'topics',
    row: 'one row per topic on the table',
    place: { kind: 'collection', collection: 'topics' },
    keys: [],
    columns: [
      idColumn('A short id like pow-exchange.'),
      text('label', 'Label', 'The topic as readers see it.', true),
      text('description', 'Description', 'What the topic covers.', true, true),
      enumColumn('group', 'Group', topicGroups, 'The group the topic belongs to.', true),
    ],
  },
];

/** The sheet spec with this name; throws on a typo in the code, never on user input. */
export function sheetSpec(name: string): SheetSpec {
  const spec = SHEETS.find((sheet) => sheet.name === name);
  if (!spec) throw new Error(`no sheet spec named ${name}`);
  return spec;
}
