/** One problem found in a dataset, located by a JavaScript-style path such as `rounds[3].participants[1].party`. */
export interface ValidationIssue {
  /** Where the problem is; `(root)` for the dataset as a whole. */
  path: string;
  /** What is wrong, in plain words, without the path. */
  message: string;
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
