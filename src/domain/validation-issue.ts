import { wordProblem, type Problem } from './problem.ts';
import type { SheetLocation } from './sheet-location.ts';

/** One problem found in a dataset, located by a JavaScript-style path such as `rounds[3].participants[1].party`. */
export interface ValidationIssue {
  /** Where the problem is; `(root)` for the dataset as a whole. */
  path: string;
  /** What is wrong, in plain English words, without the path (validate:data, logs, the host page). */
  message: string;
  /**
   * The same as a catalogue message, which the views word in the reader's language. Absent where no
   * validator wrote the message (the closing count of a long list, a form's own note): then `message` is shown.
   */
  problem?: Problem;
  /** Where a dataset read from a spreadsheet has the problem, when `path` tells it in English words. */
  cell?: SheetLocation;
}

/** An issue at a path, its English message worded from its problem. */
export function issueAt(path: string, found: Problem): ValidationIssue {
  return { path, message: wordProblem(found), problem: found };
}

/** The path of the dataset as a whole, used for problems that belong to no single field. */
export const ROOT_PATH = '(root)';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Writes path segments in JavaScript notation: `["rounds", 3, "date"]` → `rounds[3].date`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment))
      path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path === '' ? ROOT_PATH : path;
}

/** One line for a person to read: `rounds[3].participants[1].party: unknown party "ru2" (known: ua, ru)`. */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.path}: ${issue.message}`;
}
