import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFixture, validSmall, withValueAt } from './fixtures/fixture-files.ts';
import { datasetSchema, type Dataset } from './schema.ts';
import { knownIds, unknownId } from './known-ids.ts';
import { wordProblem } from './problem.ts';
import {
  roundReferenceCheck,
  validateReferences,
  type ReferencesCheckedEarly,
  type ReferredCollections,
} from './validate-references.ts';
import { formatIssue } from './validation-issue.ts';

/** The formatted issues for the valid fixture with one value replaced; the schema must still accept it. */
function problemsWith(path: (string | number)[], value: unknown): string[] {
  return validateReferences(datasetSchema.parse(withValueAt(validSmall(), path, value))).map(formatIssue);
}

describe('validateReferences', () => {
  it('finds nothing wrong with the valid fixture', () => {
    expect(validateReferences(datasetSchema.parse(validSmall()))).toEqual([]);
  });

  it('rejects a person whose party does not exist', () => {
    expect(problemsWith(['people', 1, 'party'], 'west')).toEqual([
      'people[1].party: unknown party "west" (known: north, south, lake)',
      // The same person is a delegate for Southland, which no longer matches.
      'rounds[0].participants[1].delegation[0].person: Boris Tam belongs to party west, not south',
    ]);
  });

  it('rejects a session party, a proposer and a speaker that do not exist', () => {
    expect(problemsWith(['rounds', 1, 'sessions', 0, 'parties', 1], 'lakes')).toEqual([
      'rounds[1].sessions[0].parties[1]: unknown party "lakes" (known: north, south, lake)',
    ]);
    expect(problemsWith(['rounds', 1, 'outcomes', 0, 'proposedBy'], 'east')).toEqual([
      'rounds[1].outcomes[0].proposedBy: unknown party "east" (known: north, south, lake)',
    ]);
    expect(problemsWith(['rounds', 0, 'statements', 0, 'speaker'], 'nobody')).toEqual([
      'rounds[0].statements[0].speaker: unknown person "nobody" (known: ana-vell, boris-tam, chen-oru)',
    ]);
  });

  it('checks the sources of positions and of dispute accounts', () => {
    expect(problemsWith(['people', 0, 'positions', 0, 'sources', 0], 'S1')).toEqual([
      'people[0].positions[0].sources[0]: unknown source "S1" (known: S01, S02, S03, S04)',
    ]);
    expect(problemsWith(['rounds', 1, 'disputes', 0, 'accounts', 1, 'sources'], ['S03', 'S05'])).toEqual([
      'rounds[1].disputes[0].accounts[1].sources[1]: unknown source "S05" (known: S01, S02, S03, S04)',
    ]);
  });

  it('names the party a delegate belongs to when it is not the delegation’s', () => {
    expect(problemsWith(['rounds', 0, 'participants', 1, 'delegation', 0, 'person'], 'ana-vell')).toEqual([
      'rounds[0].participants[1].delegation[0].person: Ana Vell belongs to party north, not south',
    ]);
  });

  it('rejects duplicate ids in every collection, pointing at the first use', () => {
    expect(problemsWith(['parties', 2, 'id'], 'south')).toContain(
      'parties[2].id: duplicate id "south" (also used by parties[1])',
    );
    expect(problemsWith(['rounds', 1, 'sessions', 1, 'id'], 'north-lake')).toEqual([
      'rounds[1].sessions[1].id: duplicate id "north-lake" (also used by rounds[1].sessions[0])',
    ]);
    expect(problemsWith(['rounds', 2, 'id'], 'first-talks')).toEqual([
      'rounds[2].id: duplicate id "first-talks" (also used by rounds[0])',
      'rounds[2].related[0].round: a round cannot be related to itself',
    ]);
  });

  it('allows the same session id in two different rounds', () => {
    const twoRounds = withValueAt(
      validSmall(),
      ['rounds', 0, 'sessions'],
      [{ id: 'north-lake', title: 'Opening', date: '2025-03-11', parties: ['north'], sources: ['S01'] }],
    );
    expect(validateReferences(datasetSchema.parse(twoRounds))).toEqual([]);
  });

  it('rejects a session dated outside its round', () => {
    expect(problemsWith(['rounds', 1, 'sessions', 0, 'date'], '2025-03-22')).toEqual([
      "rounds[1].sessions[0].date: 2025-03-22 lies outside the round's date 2025-03-23/2025-03-25; widen the round's date or move the session",
    ]);
  });

  it('rejects a round related to itself', () => {
    expect(problemsWith(['rounds', 1, 'related', 0, 'round'], 'technical-talks')).toEqual([
      'rounds[1].related[0].round: a round cannot be related to itself',
    ]);
  });

  it('requires a format for talks but not for exchanges', () => {
    expect(problemsWith(['rounds', 0, 'format'], undefined)).toEqual([
      'rounds[0].format: missing: talks rounds need a format (one of in-person, remote, indirect, mixed)',
    ]);
    expect(problemsWith(['rounds', 2, 'format'], undefined)).toEqual([]);
  });

  it('requires at least two participants', () => {
    expect(problemsWith(['rounds', 0, 'participants'], [])).toEqual([
      'rounds[0].participants: a round needs at least two participants (found 0)',
    ]);
  });

  it('checks every EDTF date in the dataset', () => {
    expect(problemsWith(['sources', 2, 'published'], '16 May 2025')).toEqual([
      'sources[2].published: not a valid EDTF date: unexpected " " at character 3 (got "16 May 2025")',
    ]);
    expect(problemsWith(['people', 0, 'positions', 0, 'to'], '2025-01-01/2024-12-31')).toEqual([
      'people[0].positions[0].to: the interval ends before it starts (got "2025-01-01/2024-12-31")',
    ]);
    expect(problemsWith(['rounds', 1, 'sessions', 1, 'date'], '2025-03-24T09:00')).toEqual([
      'rounds[1].sessions[1].date: a time of day is not supported: write the day, like 2025-03-11 (got "2025-03-24T09:00")',
    ]);
    expect(problemsWith(['rounds', 0, 'statements', 0, 'date'], '2025-13-01')).toEqual([
      'rounds[0].statements[0].date: not a valid EDTF date: unexpected "3" at character 7 (got "2025-13-01")',
    ]);
  });
});

describe('validateReferences given the rounds whose references were checked as they arrived', () => {
  /** The rounds' own checks as RoundsAsTheyArrive makes them: from the first, until one fails, against `collections`. */
  function checkedEarly(
    dataset: Dataset,
    collections: ReferredCollections = dataset,
  ): ReferencesCheckedEarly {
    const check = roundReferenceCheck(collections);
    let count = 0;
    while (count < dataset.rounds.length && check.passes(dataset.rounds[count]!)) count += 1;
    return { rounds: dataset.rounds, count, targets: check.targets };
  }

  // Changes the schema accepts, each breaking a rule of validateReferences (a round's own, or one across them).
  const breaks: [(string | number)[], unknown][] = [
    [['rounds', 0, 'participants', 0, 'party'], 'west'],
    [['rounds', 1, 'sessions', 0, 'parties', 1], 'lakes'],
    [['rounds', 1, 'outcomes', 0, 'proposedBy'], 'east'],
    [['rounds', 0, 'statements', 0, 'speaker'], 'nobody'],
    [['rounds', 0, 'participants', 1, 'delegation', 0, 'person'], 'ana-vell'],
    [['rounds', 1, 'sessions', 1, 'id'], 'north-lake'],
    [['rounds', 2, 'id'], 'first-talks'],
    [['rounds', 1, 'sessions', 0, 'date'], '2025-03-22'],
    [['rounds', 1, 'related', 0, 'round'], 'technical-talks'],
    [['rounds', 2, 'related', 0, 'round'], 'no-such-round'],
    [['rounds', 0, 'format'], undefined],
    [['rounds', 2, 'participants'], []],
    [['rounds', 2, 'date'], '2025-13-01'],
    [
      ['rounds', 1, 'disputes', 0, 'accounts', 1, 'sources'],
      ['S03', 'S05'],
    ],
    [['people', 1, 'party'], 'west'],
    [['parties', 2, 'id'], 'south'],
    [['sources', 2, 'published'], '16 May 2025'],
  ];
  const broken = (picked: number[]): Dataset =>
    datasetSchema.parse(picked.reduce((data, b) => withValueAt(data, ...breaks[b]!), validSmall()));
  const someBreaks = fc.uniqueArray(fc.integer({ min: 0, max: breaks.length - 1 }), { maxLength: 3 });

  it('finds the issues a full check finds, in the same order', () => {
    fc.assert(
      fc.property(someBreaks, (picked) => {
        const dataset = broken(picked);
        expect(validateReferences(dataset, checkedEarly(dataset))).toEqual(validateReferences(dataset));
      }),
    );
  });

  it('finds them too where the rounds were checked against other collections (a key written again after them)', () => {
    fc.assert(
      fc.property(someBreaks, someBreaks, (picked, pickedBefore) => {
        const dataset = broken(picked);
        const early = checkedEarly(dataset, broken(pickedBefore));
        expect(validateReferences(dataset, early)).toEqual(validateReferences(dataset));
      }),
    );
  });

  // Told that a round with a broken reference passed, it does not look again: how the check can be left out.
  const trusted = (dataset: Dataset, early: Partial<ReferencesCheckedEarly> = {}) =>
    validateReferences(dataset, { ...checkedEarly(dataset), count: 2, ...early }).map(formatIssue);

  it('checks only `related` again in the rounds that passed as they arrived', () => {
    const dataset = broken([0, 8]);
    expect(validateReferences(dataset).map(formatIssue)).toEqual([
      'rounds[0].participants[0].party: unknown party "west" (known: north, south, lake)',
      'rounds[0].participants[0].delegation[0].person: Ana Vell belongs to party north, not west',
      'rounds[1].related[0].round: a round cannot be related to itself',
    ]);
    expect(trusted(dataset)).toEqual(['rounds[1].related[0].round: a round cannot be related to itself']);
  });

  it('checks every round again where they are not the rounds checked, or the collections index otherwise', () => {
    const dataset = broken([0]);
    const full = validateReferences(dataset).map(formatIssue);
    expect(trusted(dataset, { rounds: structuredClone(dataset.rounds) })).toEqual(full);
    expect(trusted(dataset, { count: dataset.rounds.length + 1 })).toEqual(full);
    const otherParty = datasetSchema.parse(withValueAt(validSmall(), ['people', 0, 'party'], 'lake'));
    expect(trusted(dataset, { targets: roundReferenceCheck(otherParty).targets })).toEqual(full);
    const fewerSources = withValueAt(validSmall(), ['sources'], []);
    const others = roundReferenceCheck(datasetSchema.parse(fewerSources));
    expect(trusted(dataset, { targets: others.targets })).toEqual(full);
  });
});

describe('validateReferences on documents, meeting status and coverage', () => {
  const withDocuments = (path: (string | number)[], value: unknown): string[] =>
    validateReferences(
      datasetSchema.parse(withValueAt(JSON.parse(readFixture('valid-documents.json')), path, value)),
    ).map(formatIssue);

  it('accepts agreement outcomes only on rounds that were held', () => {
    expect(withDocuments(['rounds', 3, 'status'], 'held')).toEqual([]);
    expect(withDocuments(['rounds', 3, 'outcomes', 0, 'status'], 'partly-agreed')).toEqual([
      'rounds[3].outcomes[0].status: "partly-agreed" claims an agreement, but the round was not held (status "cancelled"); use proposed, not-agreed or discussed, or mark the round held',
    ]);
    expect(withDocuments(['rounds', 0, 'status'], 'planned')).toEqual([
      'rounds[0].outcomes[0].status: "agreed" claims an agreement, but the round was not held (status "planned"); use proposed, not-agreed or discussed, or mark the round held',
    ]);
  });

  it('checks who drafted and received a document, and its sources', () => {
    expect(withDocuments(['documents', 0, 'draftedBy', 0], 'lakes')).toEqual([
      'documents[0].draftedBy[0]: unknown party "lakes" (known: north, south, lake)',
    ]);
    expect(withDocuments(['documents', 0, 'receivedBy', 1], 'west')).toEqual([
      'documents[0].receivedBy[1]: unknown party "west" (known: north, south, lake)',
    ]);
    expect(withDocuments(['documents', 0, 'versions', 1, 'sources', 0], 'S9')).toEqual([
      'documents[0].versions[1].sources[0]: unknown source "S9" (known: S01, S02, S03, S04)',
    ]);
    expect(withDocuments(['rounds', 1, 'documents', 0, 'sources', 0], 'S7')).toEqual([
      'rounds[1].documents[0].sources[0]: unknown source "S7" (known: S01, S02, S03, S04)',
    ]);
  });

  it('rejects duplicate document and version ids, and a document that accompanies itself', () => {
    expect(withDocuments(['documents', 1, 'id'], 'lakeside-plan')).toContain(
      'documents[1].id: duplicate id "lakeside-plan" (also used by documents[0])',
    );
    expect(withDocuments(['documents', 0, 'versions', 1, 'id'], 'first-draft')).toEqual([
      'documents[0].versions[1].id: duplicate id "first-draft" (also used by documents[0].versions[0])',
      // The cancelled summit still cites the version that lost its id.
      'rounds[3].documents[0].version: unknown version "revised" of document "lakeside-plan" (known: first-draft)',
    ]);
    expect(withDocuments(['documents', 1, 'companionOf'], 'lakeside-guarantees')).toEqual([
      'documents[1].companionOf: a document cannot be a companion of itself',
    ]);
  });

  it('orders versions by the start of their dates, so a month may follow a day inside it', () => {
    expect(withDocuments(['documents', 0, 'versions', 1, 'date'], '2025-03')).toEqual([
      'documents[0].versions[1].date: versions must be in date order: 2025-03 comes before 2025-03-23 (documents[0].versions[0], listed earlier)',
    ]);
    expect(withDocuments(['documents', 0, 'versions', 1, 'date'], '2025-03-23')).toEqual([]);
    expect(withDocuments(['documents', 0, 'versions', 1, 'date'], 'soon')).toEqual([
      expect.stringMatching(/^documents\[0\]\.versions\[1\]\.date: not a valid EDTF date/),
    ]);
  });

  it('requires the coverage period to run forwards over real days', () => {
    expect(withDocuments(['meta', 'coverage', 'to'], '2025-02-28')).toEqual([
      'meta.coverage.to: the coverage ends before it starts (from 2025-03-01, to 2025-02-28)',
    ]);
    expect(withDocuments(['meta', 'coverage', 'from'], '2025-02-30')).toEqual([
      'meta.coverage.from: not a day in the calendar: 2025-02-30 (got "2025-02-30")',
    ]);
  });
});

describe('the known ids an unknown id is reported with', () => {
  const reported = (ids: string[]) => wordProblem(unknownId('party', 'x', knownIds(new Set(ids))));
  it('lists up to ten ids and counts the rest', () => {
    expect(reported(['ua', 'ru', 'us'])).toBe('unknown party "x" (known: ua, ru, us)');
    const twelve = Array.from({ length: 12 }, (_, i) => `p${i + 1}`);
    expect(reported(twelve)).toBe(
      'unknown party "x" (known: p1, p2, p3, p4, p5, p6, p7, p8, p9, p10 and 2 more)',
    );
    expect(reported([])).toBe('unknown party "x" (known: none)');
  });

  it('are read from the index the checks make: the first ten of its ids, and how many more', () => {
    const fixture = validSmall() as Pick<Dataset, 'parties'>;
    // Nine parties more than the fixture's three, added after them, so the index holds twelve.
    const [first] = fixture.parties;
    const more = Array.from({ length: 9 }, (_, i) => ({ ...first!, id: `extra-${i + 1}` }));
    const dataset = withValueAt(fixture, ['parties'], [...fixture.parties, ...more]);
    const found = validateReferences(
      datasetSchema.parse(withValueAt(dataset, ['people', 1, 'party'], 'west')),
    );
    expect(found.map(formatIssue)).toContain(
      'people[1].party: unknown party "west" (known: north, south, lake, extra-1, extra-2, extra-3, extra-4, ' +
        'extra-5, extra-6, extra-7 and 2 more)',
    );
  });
});
