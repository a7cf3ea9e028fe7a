import { z } from './zod.ts';
import { parseJsonText } from './json-text.ts';
import { problem, type Problem } from './problem.ts';
import { kindOf, plainLanguage, toValidationIssue } from './readable-zod-issue.ts';
import { datasetSchema, type Dataset, type Round } from './schema.ts';
import {
  REFERRED_COLLECTIONS,
  roundReferenceCheck,
  validateReferences,
  type ReferencesCheckedEarly,
  type RoundReferenceCheck,
} from './validate-references.ts';
import { validateStories } from './validate-stories.ts';
import { validateTranslations } from './validate-translations.ts';
import { issueAt, ROOT_PATH, type ValidationIssue } from './validation-issue.ts';
import { compileSuccessPath, NOT_SURE, type SuccessPath } from './zod-success-path.ts';

/** Counts for a one-line description of a valid dataset. */
export interface DatasetSummary {
  rounds: number;
  /** Rounds of kind "talks"; the others are calls and exchanges. */
  talksRounds: number;
  parties: number;
  people: number;
  topics: number;
  sources: number;
  disputes: number;
}

export type DatasetValidation =
  | { ok: true; dataset: Dataset; summary: DatasetSummary }
  | {
      ok: false;
      /** At most MAX_REPORTED_ISSUES, then one "… and N more problems" issue. */
      issues: ValidationIssue[];
      /** Every problem found, including those only counted in the final issue. */
      problemCount: number;
      /** False when counting stopped early on a hopelessly broken file, so problemCount is a lower bound. */
      problemCountExact: boolean;
    };

/** Beyond this many, more issues only bury the first ones; the rest are counted in one final issue. */
export const MAX_REPORTED_ISSUES = 200;

// Counting stops here, so a file with a million broken entries answers in milliseconds, not minutes.
const MAX_COUNTED_ISSUES = 10_000;

const PARSE_OPTIONS = { reportInput: true, error: plainLanguage } as const;

/**
 * Told how many rounds have been checked so far, so a large dataset can show its progress. While nothing in the
 * dataset has failed its schema, `passed` holds the rounds checked, in dataset order, as a valid dataset will
 * hold them (one array, growing); it is null once anything has failed, a round or a collection before them.
 */
export type RoundsChecked = (checked: number, total: number, passed: readonly Round[] | null) => void;

// How many rounds are checked between two progress reports: often enough to move a bar, rarely enough to cost nothing.
const PROGRESS_EVERY = 2_000;

/**
 * Parses raw file or response text and validates it; never throws. `nestingChecked` says the text is known to
 * nest no deeper than parseJsonText allows; `onParsed` is given the parsed value before it is validated.
 */
export function parseDatasetText(
  text: string,
  onProgress?: RoundsChecked,
  nestingChecked = false,
  onParsed?: (value: unknown) => void,
): DatasetValidation {
  if (typeof text !== 'string') return rootFailure(problem('notText', kindOf(text)));
  const parsed = parseJsonText(text, nestingChecked);
  if (!parsed.ok) return rootFailure(problem('unreadable', parsed.reason));
  onParsed?.(parsed.value);
  return validateDataset(parsed.value, onProgress);
}

/** What was checked of the first rounds while the bytes arrived (RoundsAsTheyArrive's EarlyRounds). */
export interface CheckedEarly {
  /** What earlyRoundChecks' `round` answered for the first rounds, as many as it checked (undefined where unsure). */
  checked: readonly unknown[];
  /** Those of them that passed their own reference checks too, and against what (validateReferences). */
  referenced: ReferencesCheckedEarly | null;
}

/**
 * Validates parsed JSON against the schema, then the cross-references; never throws. `early` says what was
 * checked of the first rounds before, which need not be checked again.
 */
export function validateDataset(
  input: unknown,
  onProgress?: RoundsChecked,
  early?: CheckedEarly,
): DatasetValidation {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return rootFailure(problem('notDataset', kindOf(input)));
    }
    const parsed = parseByCollection(input as Record<string, unknown>, onProgress, early?.checked ?? []);
    if ('issues' in parsed) return failure(parsed.issues.map(toValidationIssue), parsed.exact);
    const issues = [
      ...validateReferences(parsed.dataset, early?.referenced ?? undefined),
      ...validateStories(parsed.dataset),
      ...validateTranslations(parsed.dataset),
    ];
    if (issues.length > 0) return failure(issues, true);
    return { ok: true, dataset: parsed.dataset, summary: summarise(parsed.dataset) };
  } catch (error) {
    // A bug in a check must not take down the page or the command that asked for a verdict.
    const detail = error instanceof Error ? error.message : 'unknown error';
    return rootFailure(problem('internalError', detail));
  }
}

type SchemaResult = { dataset: Dataset } | { issues: z.core.$ZodIssue[]; exact: boolean };

/** A schema's zod parse, tried first through its success path (zod-success-path.ts) when it has one. */
interface CheckedParse {
  fast: SuccessPath | null;
  schema: z.ZodType;
}

// Compiled on first use, not on import: code that imports this module without validating pays nothing.
let collectionParses: Map<string, CheckedParse> | undefined;

/** Per top-level key of the dataset: the parse of one element (a collection) or of the whole value. */
function parsesByCollection(): Map<string, CheckedParse> {
  collectionParses ??= new Map(
    Object.entries(datasetSchema.shape).map(([key, whole]) => {
      const schema: z.ZodType = whole instanceof z.ZodArray ? whole.element : whole;
      return [key, { fast: compileSuccessPath(schema), schema }];
    }),
  );
  return collectionParses;
}

/** The checks a dataset's rounds can have while its bytes still arrive (RoundsAsTheyArrive). */
export interface EarlyRoundChecks {
  /**
   * A round's check on the schema's success path, as validateDataset makes it: the round as the schema gives it
   * back, or undefined where the success path is unsure (zod then parses it: validateDataset's checkedRounds).
   */
  round: (value: unknown) => Round | undefined;
  /**
   * Whether those of the dataset's collections the schema checks before its rounds that `value` (the start of
   * the dataset, up to its rounds) holds pass their schema: null where they do not.
   */
  collectionsBefore: (value: unknown) => CollectionsBefore | null;
}

/** Collections written before the rounds that passed their schema. */
export interface CollectionsBefore {
  /** The checks of each round's own references against them, where they hold every collection a round refers to. */
  references: RoundReferenceCheck | null;
}

/** The checks for the rounds as the bytes arrive, compiled as validateDataset's own (on first use). */
export function earlyRoundChecks(): EarlyRoundChecks {
  const { fast } = parsesByCollection().get('rounds')!;
  const keys = Object.keys(datasetSchema.shape);
  const before = keys.slice(0, keys.indexOf('rounds'));
  return {
    round: (value) => {
      const quick = fast === null ? NOT_SURE : fast(value);
      return quick === NOT_SURE ? undefined : (quick as Round);
    },
    collectionsBefore: (value) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
      const held = before.filter((key) => Object.hasOwn(value, key));
      const parsed = parseByCollection(value as Record<string, unknown>, undefined, [], held);
      if (!('dataset' in parsed)) return null;
      const referred = REFERRED_COLLECTIONS.every((key) => held.includes(key));
      return { references: referred ? roundReferenceCheck(parsed.dataset) : null };
    },
  };
}

/**
 * Applies datasetSchema one collection entry at a time, so it can stop counting on a hopeless file.
 * For any input it finds the same issues, in the same order, as datasetSchema.safeParse would; given `only`,
 * in those collections alone (and the dataset it gives is then only theirs).
 */
function parseByCollection(
  input: Record<string, unknown>,
  onProgress: RoundsChecked | undefined,
  checkedRounds: readonly unknown[],
  only?: readonly string[],
): SchemaResult {
  const output: Record<string, unknown> = {};
  const issues: z.core.$ZodIssue[] = [];
  // The entry's place (key, and index in a collection) becomes a path only for an entry with problems.
  const parse = ({ fast, schema }: CheckedParse, value: unknown, key: string, index?: number) => {
    const quick = fast === null ? NOT_SURE : fast(value);
    if (quick !== NOT_SURE) return quick;
    const result = schema.safeParse(value, PARSE_OPTIONS);
    if (result.success) return result.data;
    const prefix: PropertyKey[] = index === undefined ? [key] : [key, index];
    for (const issue of result.error.issues) issues.push({ ...issue, path: [...prefix, ...issue.path] });
    return NOT_SURE;
  };
  const parses = parsesByCollection();
  for (const [key, whole] of Object.entries(datasetSchema.shape)) {
    if (only !== undefined && !only.includes(key)) continue;
    const value = input[key];
    if (whole instanceof z.ZodArray && Array.isArray(value)) {
      const items: unknown[] = [];
      const report = key === 'rounds' ? onProgress : undefined;
      // Rounds the success path passed before need no second look; it answers alike for the same value.
      const checked = key === 'rounds' ? checkedRounds : [];
      const element = parses.get(key)!;
      for (const [index, item] of value.entries()) {
        if (issues.length >= MAX_COUNTED_ISSUES) return { issues, exact: false };
        if (report && index % PROGRESS_EVERY === 0) report(index, value.length, passedSoFar(items, issues));
        const parsed = checked[index] ?? parse(element, item, key, index);
        if (parsed !== NOT_SURE) items.push(parsed);
      }
      report?.(value.length, value.length, passedSoFar(items, issues));
      output[key] = items;
    } else {
      // A collection that is not an array is zod's to report; any other value goes through its own parse.
      const checked = whole instanceof z.ZodArray ? { fast: null, schema: whole } : parses.get(key)!;
      const parsed = parse(checked, value, key);
      if (parsed !== NOT_SURE && parsed !== undefined) output[key] = parsed;
    }
  }
  // Every part passed its own schema and the whole has no checks of its own, so the parts form a Dataset.
  return issues.length > 0 ? { issues, exact: true } : { dataset: output as Dataset };
}

/** The rounds checked so far, while nothing has failed (see RoundsChecked). */
function passedSoFar(items: unknown[], issues: readonly unknown[]): readonly Round[] | null {
  return issues.length === 0 ? (items as Round[]) : null;
}

function failure(all: ValidationIssue[], exact: boolean): DatasetValidation {
  const issues = all.slice(0, MAX_REPORTED_ISSUES);
  const more = all.length - issues.length;
  if (more > 0) {
    issues.push(issueAt(ROOT_PATH, problem('moreProblems', more, exact)));
  }
  return { ok: false, issues, problemCount: all.length, problemCountExact: exact };
}

function rootFailure(found: Problem): DatasetValidation {
  return { ok: false, issues: [issueAt(ROOT_PATH, found)], problemCount: 1, problemCountExact: true };
}

function summarise(dataset: Dataset): DatasetSummary {
  return {
    rounds: dataset.rounds.length,
    talksRounds: dataset.rounds.filter((round) => round.kind === 'talks').length,
    parties: dataset.parties.length,
    people: dataset.people.length,
    topics: dataset.topics.length,
    sources: dataset.sources.length,
    disputes: dataset.rounds.reduce((sum, round) => sum + (round.disputes?.length ?? 0), 0),
  };
}
