import { describe, expect, it } from 'vitest';
import { readFixture, validSmall, withValueAt } from '../domain/fixtures/fixture-files.ts';
import { wordIssue, wordProblem, problem, type Problem } from '../domain/problem.ts';
import { englishProblemWords } from '../domain/problem-words.ts';
import { validateDataset, parseDatasetText } from '../domain/validate-dataset.ts';
import type { ValidationIssue } from '../domain/validation-issue.ts';
import type { Dataset } from '../domain/schema.ts';
import { datasetToSheets } from '../spreadsheet/dataset-to-sheets.ts';
import { importWorkbook } from '../spreadsheet/import-workbook.ts';
import example from '../spreadsheet/template-example.json';
import { formatSheetLocation } from '../spreadsheet/workbook.ts';
import { enProblems } from './en-problems.ts';
import { ukProblems } from './uk-problems.ts';

const uk = ukProblems.problem;

/** The issues of the valid fixture with values replaced (undefined removes one). */
function issuesWith(...changes: [(string | number)[], unknown][]): ValidationIssue[] {
  let data = validSmall();
  for (const [path, value] of changes) data = withValueAt(data, path, value);
  const result = validateDataset(data);
  return result.ok ? [] : result.issues;
}

/** The issues of the fixture in two languages with these Ukrainian translations. */
const translatedWith = (uk: unknown) =>
  issuesWith(
    [
      ['meta', 'languages'],
      ['en', 'uk'],
    ],
    [['translations'], { uk }],
  );

// Latin-script words, and the technical names Ukrainian text keeps as they are (formats, files, the app).
const LATIN_WORD = /[A-Za-z][A-Za-z0-9'-]*/g;
const KEPT_AS_NAMES = new Set(['JSON', 'EDTF', 'Parley', 'DOI', 'Excel', 'OpenDocument', 'http', 's']);

/**
 * The English left in a problem worded in Ukrainian: every Latin-script word that is neither data (quoted, or
 * one of the values the message was given, such as ids and the format's codes) nor a technical name.
 */
function englishIn(text: string, found: Problem | undefined): string[] {
  const data = new Set(JSON.stringify(found?.values ?? []).match(LATIN_WORD) ?? []);
  for (const word of found?.got?.match(LATIN_WORD) ?? []) data.add(word);
  const unquoted = text.replace(/"[^"]*"|«[^»]*»/g, ' ');
  return (unquoted.match(LATIN_WORD) ?? []).filter((word) => !data.has(word) && !KEPT_AS_NAMES.has(word));
}

/** A representative problem of each kind, found by the validators themselves. */
function representativeIssues(): { kind: string; issue: ValidationIssue }[] {
  const first = (issues: ValidationIssue[], path: string) => {
    const issue = issues.find((i) => i.path === path);
    if (!issue) throw new Error(`no issue at ${path}: ${JSON.stringify(issues)}`);
    return issue;
  };
  const sheets = datasetToSheets(example as Dataset);
  const rounds = sheets.find((sheet) => sheet.name === 'rounds')!;
  rounds.rows[3]![rounds.rows[0]!.indexOf('title')] = null;
  const delegates = sheets.find((sheet) => sheet.name === 'delegates')!;
  delegates.rows[2]![delegates.rows[0]!.indexOf('head')] = 'perhaps';
  const imported = importWorkbook(sheets).problems.map((p): ValidationIssue => ({
    path: formatSheetLocation(p),
    message: p.message,
    ...(p.problem && { problem: p.problem }),
  }));
  return [
    { kind: 'zod type', issue: first(issuesWith([['parties'], { north: {} }]), 'parties') },
    { kind: 'zod enum', issue: first(issuesWith([['parties', 0, 'kind'], 7]), 'parties[0].kind') },
    { kind: 'zod empty', issue: first(issuesWith([['topics', 0, 'label'], '   ']), 'topics[0].label') },
    { kind: 'zod missing', issue: first(issuesWith([['rounds', 0, 'title'], undefined]), 'rounds[0].title') },
    {
      kind: 'schema message with the text that failed',
      issue: first(issuesWith([['sources', 0, 'url'], 'ftp://example.org/x']), 'sources[0].url'),
    },
    {
      kind: 'zod unknown field',
      issue: first(translatedWith({ meta: { subtitle: 'x' } }), 'translations.uk.meta'),
    },
    {
      kind: 'dangling reference',
      issue: first(issuesWith([['people', 1, 'party'], 'west']), 'people[1].party'),
    },
    {
      kind: 'bad date',
      issue: first(issuesWith([['rounds', 0, 'date'], '2025-02-30']), 'rounds[0].date'),
    },
    {
      kind: 'translations problem',
      issue: first(
        translatedWith({ rounds: { 'no-such-round': { title: 'Переговори' } } }),
        'translations.uk.rounds["no-such-round"]',
      ),
    },
    { kind: 'spreadsheet empty cell', issue: first(imported, 'rounds sheet, row 4, column title') },
    { kind: 'spreadsheet yes or no', issue: first(imported, 'delegates sheet, row 3, column head') },
  ];
}

describe('a dataset’s problems in Ukrainian', () => {
  const cases = representativeIssues();

  it('carry a catalogue message whose English is the issue’s message, word for word', () => {
    for (const { kind, issue } of cases) {
      expect(issue.problem, kind).toBeDefined();
      expect(wordIssue(issue), kind).toBe(issue.message);
    }
  });

  for (const { kind, issue } of representativeIssues()) {
    it(`word a ${kind} with no English left (${issue.message})`, () => {
      const text = wordIssue(issue, uk);
      expect(text).not.toBe(issue.message);
      expect(englishIn(text, issue.problem), text).toEqual([]);
    });
  }

  it('keep the data they quote as it is', () => {
    const dangling = cases.find((c) => c.kind === 'dangling reference')!.issue;
    expect(wordIssue(dangling, uk)).toContain('"west"');
    expect(wordIssue(dangling, uk)).toContain('north, south, lake');
  });

  it('count in the plural forms Ukrainian needs', () => {
    const more = (count: number, exact = true) => uk.moreProblems(count, exact);
    expect([1, 3, 5, 11, 21, 22].map((n) => more(n))).toEqual([
      '… і ще 1 проблема',
      '… і ще 3 проблеми',
      '… і ще 5 проблем',
      '… і ще 11 проблем',
      '… і ще 21 проблема',
      '… і ще 22 проблеми',
    ]);
    expect(more(9800, false)).toBe('… і ще щонайменше 9\u00a0800 проблем');
    expect([1, 2, 5].map(uk.atLeastItems)).toEqual([
      'має містити щонайменше 1 елемент',
      'має містити щонайменше 2 елементи',
      'має містити щонайменше 5 елементів',
    ]);
    expect(uk.unknownFields('"a"', 1)).toBe('невідоме поле "a"');
    expect(uk.unknownFields('"a", "b"', 2)).toBe('невідомі поля "a", "b"');
  });

  it('word the closing count of a long list', () => {
    const broken = JSON.parse(readFixture('valid-small.json')) as { parties: unknown[] };
    broken.parties = Array.from({ length: 250 }, () => 7);
    const result = parseDatasetText(JSON.stringify(broken));
    if (result.ok) throw new Error('expected problems');
    const tally = result.issues.at(-1)!;
    expect(tally.message).toBe('… and 50 more problems');
    expect(wordIssue(tally)).toBe(tally.message);
    expect(wordIssue(tally, uk)).toBe(uk.moreProblems(50, true));
  });

  it('agree the adjective with each noun a reference names', () => {
    expect(uk.unknownId('party', 'x', '', 0)).toBe('невідома сторона "x" (відомі: немає)');
    expect(uk.unknownId('source', 'S9', 'S1', 0)).toBe('невідоме джерело "S9" (відомі: S1)');
    expect(uk.unknownId('round', 'r', 'a, b', 3)).toBe('невідомий раунд "r" (відомі: a, b і ще 3)');
  });

  it('word a date the parser refused without its English reason', () => {
    for (const value of ['2025-13-45', '2025-03-11/..', '2025-03-11T10:00', 'x'.repeat(101), '2025-02-30']) {
      const found = issuesWith([['rounds', 0, 'date'], value]).find((i) => i.path === 'rounds[0].date');
      expect(found?.problem?.key, value).toBe('badDate');
      expect(englishIn(wordProblem(found!.problem!, uk), found!.problem), value).toEqual([]);
    }
  });

  it('place a spreadsheet problem as the importer writes it, in English', () => {
    expect(enProblems.problemSheetPlace('rounds', 4, 'title')).toBe(
      formatSheetLocation({ sheet: 'rounds', row: 4, column: 'title' }),
    );
    expect(ukProblems.problemSheetPlace('rounds', 4, 'title')).toBe(
      'аркуш «rounds», рядок 4, стовпець «title»',
    );
  });

  it('give each fixed English text one key, so a schema message finds its key again', () => {
    const texts = Object.values(englishProblemWords).filter((w) => typeof w === 'string');
    expect(new Set(texts).size).toBe(texts.length);
    expect(wordProblem(problem('notEmpty'))).toBe('must not be empty');
  });
});
