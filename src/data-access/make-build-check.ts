import { datedModel } from '../domain/dataset-model.ts';
import { parseDatasetText } from '../domain/validate-dataset.ts';
import { sha256Hex, type BuildCheck } from './build-check.ts';
import { dateEntry } from './date-entry.ts';

/** A data file's check, or why the build cannot vouch for the file (the app then reads it the usual way). */
export type BuildCheckResult = { ok: true; check: BuildCheck } | { ok: false; reason: string };

/**
 * Reads a data file as the dataset worker would (parseDatasetBody: validator, references, stories, dates) and
 * returns what the page may take instead of having the worker read it again (build-check.ts). Run for the
 * bundled dataset as the build (or the dev server) makes the check's module (scripts/bundled-check-plugin.ts).
 */
export async function makeBuildCheck(bytes: Uint8Array): Promise<BuildCheckResult> {
  const text = new TextDecoder().decode(bytes);
  const validation = parseDatasetText(text);
  if (!validation.ok) {
    const [first] = validation.issues;
    const where = first === undefined ? '' : ` (first: ${first.path}: ${first.message})`;
    return {
      ok: false,
      reason: `it is not a valid dataset${where}; \`npm run validate:data\` names every problem`,
    };
  }
  const { dataset } = validation;
  // The page will take the data as JSON.parse gives it, so the validator must give back the same: the same
  // values in the same key order (the JSON download writes them in that order), with nothing added.
  if (JSON.stringify(dataset) !== asWritten(text)) {
    return {
      ok: false,
      reason:
        'the validator gives the data back otherwise than as written (keys in another order, or defaults)',
    };
  }
  const sha256 = await sha256Hex(bytes);
  if (sha256 === null) return { ok: false, reason: 'Web Crypto is not available to digest it' };
  const model = datedModel(dataset);
  const position = new Map(dataset.rounds.map((round, i) => [round, i]));
  return {
    ok: true,
    check: {
      size: bytes.length,
      sha256,
      metaDates: model.metaDates,
      filterValues: model.filterValues,
      order: model.rounds.map((dated) => [position.get(dated.round)!, ...dateEntry(dated)]),
    },
  };
}

/**
 * The text's JSON as JSON.parse gives it, written again; null where JSON.parse refuses what the validator
 * took.
 */
function asWritten(text: string): string | null {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return null;
  }
}
