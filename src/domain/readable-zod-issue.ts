import type { z } from 'zod';
import { formatPath, type ValidationIssue } from './validation-issue.ts';

/**
 * A zod error map for the checks the schema gives no message of its own. Zod prefers a message
 * written in the schema ("must cite at least one source"), so this only fills the gaps.
 */
export function plainLanguage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'missing';
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected} (got ${describeKind(issue.input)})`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${quote(issue.values[0])} (got ${quote(issue.input)})`
        : `must be one of ${issue.values.join(', ')} (got ${quote(issue.input)})`;
    case 'too_small':
      if (Number(issue.minimum) <= 1 && (issue.origin === 'array' || issue.origin === 'string')) {
        return 'must not be empty';
      }
      return issue.origin === 'array'
        ? `must have at least ${issue.minimum} items`
        : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `must have at most ${issue.maximum} items`
        : `must be at most ${issue.maximum}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(quote).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'email' ? 'must be an email address' : `must be a valid ${issue.format}`;
    default:
      return 'is not valid';
  }
}

/** A zod issue as a Parley issue: JavaScript-style path, and the offending text where it helps. */
export function toValidationIssue(issue: z.core.$ZodIssue): ValidationIssue {
  const path = formatPath(issue.path);
  // Messages written in the schema ("must be an http(s) URL") do not show the text that failed; add it.
  const showInput =
    (issue.code === 'invalid_format' || issue.code === 'custom') && typeof issue.input === 'string';
  return { path, message: showInput ? `${issue.message} (got ${quote(issue.input)})` : issue.message };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'an array',
  tuple: 'an array',
  object: 'an object',
};

/** What kind of JSON value this is, with its article: "an array", "a string", "null". */
export function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === undefined) return 'nothing';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

/** A short rendering of a value for "(got …)": strings quoted and cut, other values by kind. */
function quote(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return describeKind(value);
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
}
