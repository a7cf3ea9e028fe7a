import { datedModel, type DatedModel } from '../domain/dataset-model.ts';
import type { Round } from '../domain/schema.ts';
import { parseDatasetText, validateDataset } from '../domain/validate-dataset.ts';
import { ROOT_PATH, type ValidationIssue } from '../domain/validation-issue.ts';
import type { DatasetLoadFailure } from './dataset-load-error.ts';
import type { DatasetProgress } from './dataset-progress.ts';
import type { RootArray } from './ascii-json-text.ts';
import { datasetWithEarlyRounds, type EarlyRounds } from './rounds-as-they-arrive.ts';

/** What the fetched bytes turned into: the model, dated but not yet indexed (DatedModel), or why there is none. */
export type ParseOutcome = { ok: true; model: DatedModel } | { ok: false; failure: DatasetLoadFailure };

/**
 * A downloaded body as it is read: JSON text (decoded as it arrived, in ASCII escapes where it could be:
 * ascii-json-text.ts), or a published spreadsheet's bytes.
 */
export type DatasetInput =
  | {
      text: string;
      /** Whether `text` is known to nest no deeper than MAX_DEPTH (ascii-json-text.ts). */
      nestingChecked?: boolean;
      /** The text as written, when `text` escapes some of it (ascii-json-text.ts): for a syntax error's words. */
      asWritten?: (() => string) | undefined;
      /** Part of `text`, without joining the whole where it is kept in parts (AsciiJsonText's `slice`). */
      slice?: ((from: number, to: number) => string) | undefined;
      /** Where `text` writes its rounds array, when it is known (AsciiJsonText's `rounds`). */
      rounds?: RootArray | null | undefined;
      /** The rounds read while the text arrived (RoundsAsTheyArrive), when any were. */
      early?: EarlyRounds | null | undefined;
    }
  | { spreadsheet: ArrayBuffer };

/**
 * Told rounds that passed the schema, a batch at a time. `roundText(k)` is the batch's round k as the text that
 * was parsed writes it (ASCII-escaped where the text is: ascii-json-text.ts), where that text parses to exactly
 * the round (the schema gave it back unchanged), and undefined where it does not or is not known: the dataset
 * worker sends that text to the page rather than writing the round again (at 100,000 rounds JSON.stringify
 * took 0.7 s of its time, in Node).
 */
export type RoundsPassed = (
  rounds: readonly Round[],
  roundText?: (index: number) => string | undefined,
) => void;

/**
 * Everything after the body arrives: parse, validate (schema, references, stories) and date, using what was read
 * of the rounds as the bytes arrived (`input.early`, RoundsAsTheyArrive) where the text vouches for it.
 * It runs in the dataset worker (dataset.worker.ts), or in the calling thread where there are no workers.
 * `onRoundsPassed` is told the rounds that passed the schema, in dataset order, a batch at a time as they are
 * checked and while nothing has failed, so that the page can decode (and index) them while the rest is checked
 * and dated; those told as the bytes arrived are not told again, and any not told by then (all of a
 * spreadsheet's) come once the whole dataset is known to be valid. A dataset may still turn out invalid after
 * some or all of its rounds were told: a collection checked after them (stories, documents, translations), a
 * reference, a story's steps, or any collection at all for rounds told as the bytes arrived.
 */
export async function parseDatasetBody(
  input: DatasetInput,
  onProgress: (progress: DatasetProgress) => void,
  onRoundsPassed?: RoundsPassed,
): Promise<ParseOutcome> {
  const early = 'text' in input ? (input.early ?? null) : null;
  // Slices of the text, without joining a text kept in parts; reading the whole text joins it.
  const slice =
    'text' in input ? (input.slice ?? ((from: number, to: number) => input.text.slice(from, to))) : null;
  // Where the rounds read as the text arrived are used, those told then are not told again; otherwise they are
  // withdrawn, and the whole text is read.
  const dataset =
    slice !== null && early !== null && 'text' in input
      ? datasetWithEarlyRounds(slice, input.rounds ?? null, early)
      : null;
  if (dataset === null) early?.withdraw();
  let told = dataset === null ? 0 : early!.told;
  // The rounds as JSON.parse gave them, and where the parsed text writes each (when both are known and agree).
  let parsedRounds: { rounds: unknown[]; spans: readonly number[] } | null = null;
  const tellUpTo = (rounds: readonly Round[], end: number) => {
    if (onRoundsPassed === undefined || end <= told) return;
    const from = told;
    const parsed = parsedRounds;
    onRoundsPassed(
      rounds.slice(from, end),
      parsed === null
        ? undefined
        : (index) => {
            const at = from + index;
            // The schema gives back the very object it was given only when it would change nothing in it.
            if (rounds[at] !== parsed.rounds[at]) return undefined;
            return slice!(parsed.spans[2 * at]!, parsed.spans[2 * at + 1]!);
          },
    );
    told = end;
  };
  const rememberParsed = (value: unknown) => {
    if (slice === null || !('text' in input) || !input.rounds) return;
    // Any JSON value has a `rounds` to read (undefined but on an object that holds one); null has none.
    const rounds = (value as { rounds?: unknown } | null)?.rounds;
    if (Array.isArray(rounds) && rounds.length * 2 === input.rounds.spans.length) {
      parsedRounds = { rounds, spans: input.rounds.spans };
    }
  };
  onProgress({ stage: 'reading', done: 0, total: 0 });
  const checking = (done: number, total: number, passed: readonly Round[] | null) => {
    onProgress({ stage: 'checking', done, total });
    // Once anything has failed, the dataset will be refused: nothing more is told.
    if (passed !== null) tellUpTo(passed, passed.length);
  };
  // A published spreadsheet in the template's format; its reader is a chunk of its own, loaded only here.
  const result =
    'spreadsheet' in input
      ? await (
          await import('../spreadsheet/spreadsheet-dataset.ts')
        ).datasetFromSpreadsheet(input.spreadsheet)
      : dataset !== null
        ? (rememberParsed(dataset), validateDataset(dataset, checking, early!))
        : parseDatasetText(input.text, checking, input.nestingChecked, rememberParsed);
  if (result.ok) {
    onProgress({ stage: 'indexing', done: 0, total: result.dataset.rounds.length });
    tellUpTo(result.dataset.rounds, result.dataset.rounds.length);
    return { ok: true, model: datedModel(result.dataset) };
  }
  const [first] = result.issues;
  const unparsable = first !== undefined && result.issues.length === 1 && isUnparsable(first);
  // Escapes move the offset a syntax error names, and change the text it quotes: read as written, the text
  // fails just the same, in words its author can find in it. (Nesting is checked before anything is escaped,
  // and an empty text reads alike either way.)
  if (unparsable && first.message.startsWith(SYNTAX_ERROR) && 'asWritten' in input && input.asWritten) {
    return parseDatasetBody({ text: input.asWritten() }, onProgress, onRoundsPassed);
  }
  if (unparsable) {
    return { ok: false, failure: { kind: 'not-json', detail: first.message } };
  }
  return {
    ok: false,
    failure: { kind: 'invalid', issues: result.issues, problemCount: result.problemCount },
  };
}

const SYNTAX_ERROR = 'not valid JSON';

/** parseDatasetText reports text it cannot parse as a single root-level issue. */
function isUnparsable(issue: ValidationIssue): boolean {
  return (
    issue.path === ROOT_PATH &&
    (issue.message.startsWith(SYNTAX_ERROR) || issue.message === 'the file is empty')
  );
}
