import { englishProblemWords, type ProblemWords } from './problem-words.ts';

export type ProblemKey = keyof ProblemWords;

/** The values a problem's message takes: a function's parameters, none for a fixed text. */
type ValuesOf<Words> = Words extends (...values: infer Values) => string ? Values : [];

/**
 * A problem found in a dataset as a catalogue message: its key and the values it is worded with. Plain data,
 * so it crosses from the dataset worker to the page and is stored with the editor's draft; each view words it
 * in the reader's language (`wordProblem` with that language's words). `got` is the text that failed, for a
 * schema message that does not show it ("must be an http(s) URL (got "ftp://…")").
 */
export type Problem = {
  [Key in ProblemKey]: { key: Key; values: ValuesOf<ProblemWords[Key]>; got?: string };
}[ProblemKey];

/** A problem from its key and values, checked against the catalogue by the typecheck. */
export function problem<Key extends ProblemKey>(key: Key, ...values: ValuesOf<ProblemWords[Key]>): Problem {
  return { key, values } as Problem;
}

/** The problem in words: English by default (validate:data, the `message` of each issue). */
export function wordProblem(found: Problem, words: ProblemWords = englishProblemWords): string {
  const message = words[found.key] as string | ((...values: unknown[]) => string);
  const text = typeof message === 'string' ? message : message(...found.values);
  return found.got === undefined ? text : `${text} ${words.gotText(found.got)}`;
}

/** What an issue says, in the given words: its problem worded, or its message where it has none. */
export function wordIssue(
  issue: { message: string; problem?: Problem },
  words: ProblemWords = englishProblemWords,
): string {
  return issue.problem ? wordProblem(issue.problem, words) : issue.message;
}

/** The problem an error was thrown with (a file that is not a spreadsheet), if it carries one. */
export function problemOf(error: unknown): Problem | undefined {
  if (!(error instanceof Error) || !('problem' in error)) return undefined;
  const found = error.problem as Partial<Problem> | undefined;
  return typeof found?.key === 'string' && Array.isArray(found.values) ? (found as Problem) : undefined;
}
