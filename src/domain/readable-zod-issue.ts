import type { z } from 'zod';
import { problem, wordProblem, type Problem, type ProblemKey } from './problem.ts';
import { englishProblemWords } from './problem-words.ts';
import { formatPath, type ValidationIssue } from './validation-issue.ts';

/**
 * A zod error map for the checks the schema gives no message of its own. Zod prefers a message
 * written in the schema ("must cite at least one source"), so this only fills the gaps.
 */
export function plainLanguage(issue: z.core.$ZodRawIssue): string {
  return wordProblem(zodProblem(issue));
}

/** What zod found, as a catalogue message; the values that failed are quoted or named by their kind. */
function zodProblem(issue: z.core.$ZodRawIssue | z.core.$ZodIssue): Problem {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return problem('missing');
      return problem('mustBeKind', issue.expected, kindOf(issue.input));
    case 'invalid_value':
      return issue.values.length === 1
        ? problem('mustBeValue', quote(issue.values[0]), quote(issue.input))
        : problem('mustBeOneOf', issue.values.join(', '), quote(issue.input));
    case 'too_small':
      if (Number(issue.minimum) <= 1 && (issue.origin === 'array' || issue.origin === 'string')) {
        return problem('notEmpty');
      }
      return issue.origin === 'array'
        ? problem('atLeastItems', Number(issue.minimum))
        : problem('atLeast', Number(issue.minimum));
    case 'too_big':
      return issue.origin === 'array'
        ? problem('atMostItems', Number(issue.maximum))
        : problem('atMost', Number(issue.maximum));
    case 'unrecognized_keys':
      return problem('unknownFields', issue.keys.map(quote).join(', '), issue.keys.length);
    case 'invalid_format':
      return issue.format === 'email' ? problem('email') : problem('format', issue.format);
    default:
      return problem('notValid');
  }
}

/**
 * The schema's own messages are fixed texts of the problem catalogue (zod carries a schema's message only as
 * its text), so an issue finds its key again by that text.
 */
const FIXED_TEXTS = new Map<string, ProblemKey>(
  Object.entries(englishProblemWords).flatMap(([key, words]) =>
    typeof words === 'string' ? [[words, key as ProblemKey]] : [],
  ),
);

/** A zod issue as a Parley issue: JavaScript-style path, and the offending text where it helps. */
export function toValidationIssue(issue: z.core.$ZodIssue): ValidationIssue {
  const path = formatPath(issue.path);
  // Messages written in the schema ("must be an http(s) URL") do not show the text that failed; add it.
  const showInput =
    (issue.code === 'invalid_format' || issue.code === 'custom') && typeof issue.input === 'string';
  const got = showInput ? quote(issue.input) : undefined;
  const message = got === undefined ? issue.message : `${issue.message} (got ${got})`;
  const found = problemStated(issue, got);
  return found ? { path, message, problem: found } : { path, message };
}

/**
 * The catalogue message a zod issue states (with `got` after a schema message that does not show the text
 * that failed). Undefined when another error map (the embed's) worded the issue otherwise: then its message
 * is all there is. The issue needs its input (`reportInput`) to be told apart.
 */
export function problemStated(issue: z.core.$ZodIssue, got?: string): Problem | undefined {
  const key = FIXED_TEXTS.get(issue.message);
  const found: Problem = key
    ? ({ key, values: [], ...(got === undefined ? {} : { got }) } as Problem)
    : zodProblem(issue);
  const message = got === undefined ? issue.message : `${issue.message} (got ${got})`;
  return wordProblem(found) === message ? found : undefined;
}

/** What kind of JSON value this is, with its article: "an array", "a string", "null". */
export function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === undefined) return 'nothing';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

/** What kind of JSON value this is, as the problem catalogue names it ("array", "null", "string"). */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value === undefined) return 'nothing';
  return typeof value;
}

/** A short rendering of a value for "(got …)": strings quoted and cut, other values by kind. */
function quote(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return kindOf(value);
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
}
