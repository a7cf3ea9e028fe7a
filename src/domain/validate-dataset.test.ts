import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledText } from '../test/bundled-dataset.ts';
import { readFixture, validSmall, withValueAt } from './fixtures/fixture-files.ts';
import { parseDatasetText, validateDataset, type DatasetValidation } from './validate-dataset.ts';
import { formatIssue } from './validation-issue.ts';

function problems(result: DatasetValidation): string[] {
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('the fixtures', () => {
  it('accepts the valid three-round fixture and counts what it holds', () => {
    const result = parseDatasetText(readFixture('valid-small.json'));
    expect(problems(result)).toEqual([]);
    expect(result.ok && result.summary).toEqual({
      rounds: 3,
      talksRounds: 2,
      parties: 3,
      people: 3,
      topics: 3,
      sources: 4,
      disputes: 1,
    });
  });

  it('accepts the fixture with documents, a cancelled meeting and a coverage period', () => {
    const result = parseDatasetText(readFixture('valid-documents.json'));
    expect(problems(result)).toEqual([]);
    expect(result.ok && result.dataset.documents?.map((d) => d.versions.length)).toEqual([2, 0]);
  });

  it.each([
    [
      'bad-round-status.json',
      'rounds[3].status: must be one of held, planned, postponed, cancelled (got "called-off")',
    ],
    [
      'version-out-of-order.json',
      'documents[0].versions[1].date: versions must be in date order: 2025-03-11 comes before 2025-03-23 (documents[0].versions[0], listed earlier)',
    ],
    ['document-without-sources.json', 'documents[1].sources: must cite at least one source'],
    [
      'unknown-document.json',
      'rounds[1].documents[0].document: unknown document "lakeside-peace-plan" (known: lakeside-plan, lakeside-guarantees)',
    ],
    [
      'unknown-document-version.json',
      'rounds[3].documents[0].version: unknown version "final" of document "lakeside-plan" (known: first-draft, revised)',
    ],
    [
      'unknown-companion-document.json',
      'documents[1].companionOf: unknown document "lakeside" (known: lakeside-plan, lakeside-guarantees)',
    ],
    [
      'not-held-agreed.json',
      'rounds[3].outcomes[0].status: "agreed" claims an agreement, but the round was not held (status "cancelled"); use proposed, not-agreed or discussed, or mark the round held',
    ],
  ])('rejects %s (issue #11 rules) with exactly one problem naming the value', (file, expected) => {
    expect(problems(parseDatasetText(readFixture(file)))).toEqual([expected]);
  });

  it.each([
    [
      'unknown-party.json',
      'rounds[0].participants[2].party: unknown party "laek" (known: north, south, lake)',
    ],
    [
      'unknown-person.json',
      'rounds[0].participants[0].delegation[0].person: unknown person "ana-vel" (known: ana-vell, boris-tam, chen-oru)',
    ],
    [
      'unknown-topic.json',
      'rounds[1].outcomes[0].topic: unknown topic "cease-fire" (known: prisoners, ceasefire, trade)',
    ],
    ['unknown-source.json', 'rounds[1].sources[1]: unknown source "S09" (known: S01, S02, S03, S04)'],
    [
      'unknown-related-round.json',
      'rounds[2].related[0].round: unknown round "first-talk" (known: first-talks, technical-talks, first-exchange)',
    ],
    ['duplicate-id.json', 'sources[4].id: duplicate id "S01" (also used by sources[0])'],
    ['bad-edtf-date.json', 'rounds[0].date: not a day in the calendar: 2025-03-32 (got "2025-03-32")'],
    [
      'inverted-interval.json',
      'rounds[1].date: the interval ends before it starts (got "2025-03-25/2025-03-23")',
    ],
    ['one-participant.json', 'rounds[2].participants: a round needs at least two participants (found 1)'],
    [
      'javascript-url.json',
      'sources[0].url: must be an http(s) URL (got "javascript:alert(document.cookie)")',
    ],
    [
      'ftp-url.json',
      'sources[1].url: must be an http(s) URL (got "ftp://files.example.com/technical-talks.pdf")',
    ],
    [
      'url-with-credentials.json',
      'sources[1].url: must not contain a user name or password (got "https://reuters.com:trusted@evil.example/technical-talks")',
    ],
    ['missing-required-field.json', 'meta.title: missing'],
    ['wrong-enum.json', 'rounds[1].format: must be one of in-person, remote, indirect, mixed (got "zoom")'],
    [
      'quote-and-paraphrase.json',
      'rounds[0].statements[0]: must have either a quote or a paraphrase, not both',
    ],
    ['empty.json', '(root): the file is empty'],
    ['not-json.txt', '(root): not valid JSON: expected double-quoted property name at line 4, column 3'],
    [
      'json-array.json',
      '(root): a Parley dataset must be a JSON object with meta, parties, people, topics, sources and rounds; got an array',
    ],
  ])('rejects %s with exactly one problem', (file, expected) => {
    expect(problems(parseDatasetText(readFixture(file)))).toEqual([expected]);
  });
});

describe('validateDataset', () => {
  const withValue = (path: (string | number)[], value: unknown) =>
    problems(validateDataset(withValueAt(validSmall(), path, value)));

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://files.example.com/a',
    '//evil.example/path',
    '/relative/path',
    'https:/evil.example',
    'https://user:secret@example.org/',
    'https://reuters.com@evil.example/',
  ])('rejects the link trick %j with the path of the field', (url) => {
    const found = withValue(['sources', 0, 'url'], url);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^sources\[0\]\.url: must (be an http\(s\) URL|not contain a user name or password) \(got /,
    );
  });

  it('names the kind of root value it got', () => {
    expect(problems(validateDataset(null))).toEqual([
      '(root): a Parley dataset must be a JSON object with meta, parties, people, topics, sources and rounds; got null',
    ]);
    expect(problems(validateDataset('{}'))[0]).toMatch(/; got a string$/);
    expect(problems(validateDataset(42))[0]).toMatch(/; got a number$/);
  });

  it('says "missing" for every required collection of an empty object', () => {
    expect(problems(validateDataset({}))).toEqual([
      'meta: missing',
      'parties: missing',
      'people: missing',
      'topics: missing',
      'sources: missing',
      'rounds: missing',
    ]);
  });

  it('explains wrong types, empty text and empty lists in plain words', () => {
    expect(withValue(['parties'], { north: {} })).toEqual(['parties: must be an array (got an object)']);
    expect(withValue(['topics', 0, 'label'], '   ')).toEqual(['topics[0].label: must not be empty']);
    expect(withValue(['rounds', 0, 'sources'], [])).toEqual([
      'rounds[0].sources: must cite at least one source',
    ]);
    expect(withValue(['meta', 'languages'], [])).toEqual(['meta.languages: must not be empty']);
    expect(withValue(['rounds', 0, 'location', 'coordinates'], [10, 95])).toEqual([
      'rounds[0].location.coordinates[1]: must be at most 90',
    ]);
    expect(withValue(['meta', 'maintainer', 'email'], 'nobody')).toEqual([
      'meta.maintainer.email: must be an email address (got "nobody")',
    ]);
    expect(withValue(['parties', 0, 'id'], 'North Land')).toEqual([
      'parties[0].id: must be a slug: lower-case letters, digits and single hyphens (got "North Land")',
    ]);
    expect(withValue(['parties', 0, 'kind'], 7)).toEqual([
      'parties[0].kind: must be one of state, organisation (got 7)',
    ]);
  });

  it('shortens long offending text', () => {
    expect(withValue(['sources', 0, 'url'], `ftp://${'x'.repeat(100)}`)).toEqual([
      `sources[0].url: must be an http(s) URL (got "ftp://${'x'.repeat(51)}…")`,
    ]);
  });

  it('reports 200 problems and counts the rest in a final issue', () => {
    const result = validateDataset(
      withValueAt(
        validSmall(),
        ['parties'],
        Array.from({ length: 250 }, () => 5),
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(201);
    expect(formatIssue(result.issues[199]!)).toBe('parties[199]: must be an object (got a number)');
    expect(formatIssue(result.issues[200]!)).toBe('(root): … and 50 more problems');
    expect([result.problemCount, result.problemCountExact]).toEqual([250, true]);
  });

  it('stops counting on a hopeless file and says the count is a lower bound', () => {
    const result = validateDataset(
      withValueAt(
        validSmall(),
        ['sources'],
        Array.from({ length: 50_000 }, () => 'S01'),
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.at(-1)).toMatchObject({
      path: '(root)',
      message: '… and at least 9,800 more problems',
    });
    expect([result.problemCount, result.problemCountExact]).toEqual([10_000, false]);
  });

  it('turns an exception inside a check into an issue instead of throwing', () => {
    const hostile = {
      get meta(): never {
        throw new Error('boom');
      },
    };
    expect(problems(validateDataset(hostile))).toEqual([
      '(root): could not be checked (internal error: boom)',
    ]);
  });

  it('trims text the way the schema says, in the dataset it returns', () => {
    const result = validateDataset(withValueAt(validSmall(), ['parties', 0, 'name'], '  Northland  '));
    expect(result.ok && result.dataset.parties[0]?.name).toBe('Northland');
  });
});

describe('parseDatasetText', () => {
  it('treats whitespace-only text as an empty file', () => {
    expect(problems(parseDatasetText(' \n\t '))).toEqual(['(root): the file is empty']);
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(parseDatasetText(`\uFEFF${readFixture('valid-small.json')}`).ok).toBe(true);
  });

  it('gives the line and column of a JSON syntax error', () => {
    expect(problems(parseDatasetText('{\n  "meta": {}\n  "parties": []\n}'))).toEqual([
      "(root): not valid JSON: expected ',' or '}' after property value at line 3, column 3",
    ]);
    expect(problems(parseDatasetText('{"meta": {}}\n}'))).toEqual([
      '(root): not valid JSON: unexpected non-whitespace character after JSON at line 2, column 1',
    ]);
  });

  it('drops the engine echoing the input back', () => {
    expect(problems(parseDatasetText('nope'))).toEqual(["(root): not valid JSON: unexpected token 'o'"]);
  });

  it('answers quickly on 50 MB of nonsense', () => {
    expect(problems(parseDatasetText('x'.repeat(50_000_000)))).toEqual([
      "(root): not valid JSON: unexpected token 'x'",
    ]);
    expect(problems(parseDatasetText('['.repeat(50_000_000)))).toEqual([
      '(root): nested more than 64 levels deep at line 1, column 65',
    ]);
  });

  it('does not count brackets inside strings as nesting', () => {
    const deepText = JSON.stringify({ note: '['.repeat(1000) });
    expect(problems(parseDatasetText(deepText))[0]).toBe('meta: missing');
  });
});

describe('the datasets people will use', () => {
  it('accepts the example in data/README.md', () => {
    const readme = readFileSync(new URL('../../data/README.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(example, 'data/README.md has a ```json block').toBeDefined();
    expect(problems(parseDatasetText(example ?? ''))).toEqual([]);
  });

  it('accepts the default dataset data/russia-ukraine-talks.json', () => {
    expect(problems(parseDatasetText(bundledText()))).toEqual([]);
  });

  it('accepts data/russia-ukraine-2025.json, kept for links and embeds published with it', () => {
    const file = new URL('../../data/russia-ukraine-2025.json', import.meta.url);
    expect(problems(parseDatasetText(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
