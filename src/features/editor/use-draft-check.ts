import { useDeferredValue, useMemo } from 'react';
import { salvageDataset, type Salvaged } from '../../domain/salvage-dataset.ts';
import type { ValidationIssue } from '../../domain/validation-issue.ts';
import type { Draft } from './draft-store.ts';

/** The draft checked: its problems, where each sits, and the valid part for the preview. */
export interface DraftCheck {
  preview: Salvaged['dataset'];
  leftOut: Salvaged['leftOut'];
  issues: ValidationIssue[];
  problemCount: number;
  /** The problems of the field at `path` (`rounds[2].title`), including items of a list field. */
  issuesAt: (path: string) => ValidationIssue[];
  /** How many problems sit at or under `path` (a round, a participant). */
  problemsUnder: (path: string) => number;
}

/**
 * Checks the draft as the person types. The check runs on a deferred copy, so a keystroke renders at once
 * and the preview follows a moment later on a large draft.
 */
export function useDraftCheck(draft: Draft): DraftCheck {
  const deferred = useDeferredValue(draft);
  return useMemo(() => checkDraft(deferred), [deferred]);
}

/** The same check outside React. */
export function checkDraft(draft: Draft): DraftCheck {
  const salvaged = salvageDataset(draft);
  const { validation } = salvaged;
  const issues = validation.ok ? [] : validation.issues;
  const byPath = new Map<string, ValidationIssue[]>();
  for (const issue of issues) byPath.set(issue.path, [...(byPath.get(issue.path) ?? []), issue]);
  const issuesAt = (path: string) => {
    const found = [...(byPath.get(path) ?? [])];
    for (const [key, atKey] of byPath) if (key.startsWith(`${path}[`)) found.push(...atKey);
    return found;
  };
  return {
    preview: salvaged.dataset,
    leftOut: salvaged.leftOut,
    issues,
    problemCount: validation.ok ? 0 : validation.problemCount,
    issuesAt,
    problemsUnder: (path) =>
      issues.filter(
        (issue) =>
          issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`),
      ).length,
  };
}
