import type { enLinkNotices } from '../i18n/en-link-notices.ts';

/**
 * A part of a link that was ignored, as data: the interface words it in the reader's language
 * (url-notices.tsx). Keys and values are quoted as the link wrote them; `values` are already cut short.
 */
export type LinkNotice =
  | { kind: 'not-one-of'; key: string; value: string; allowed: readonly string[] }
  | { kind: 'bad-values'; key: string; values: string[]; more: number; over: number; limit: number }
  | { kind: 'bad-date'; key: string; value: string }
  | { kind: 'bad-id'; key: 'round' | 'document' | 'story'; value: string }
  | { kind: 'half-window' }
  | { kind: 'step-without-story'; step: string }
  | { kind: 'bad-step'; step: string }
  | { kind: 'unknown-id'; key: 'round' | 'document'; value: string }
  | { kind: 'unknown-story'; id: string; known: string[] }
  | { kind: 'story-without-steps'; id: string }
  | { kind: 'no-such-step'; step: number; title: string; count: number };

/** A link notice in the reader's language: `Ignored lang="zz": expected one of en, uk.` */
export function linkNoticeText(n: LinkNotice, t: typeof enLinkNotices): string {
  switch (n.kind) {
    case 'not-one-of':
      return t.linkNotOneOf(n.key, n.value, n.allowed.join(', '));
    case 'bad-values': {
      const problems: string[] = [];
      if (n.values.length > 0) {
        const quoted = n.values.map(t.linkQuoted).join(', ');
        problems.push(t.linkBadValues(n.key, n.more > 0 ? t.linkAndMore(quoted, n.more) : quoted));
      }
      if (n.over > 0) problems.push(t.linkPastLimit(n.over, n.limit));
      return t.linkIgnoredIn(problems.join(t.linkAnd), n.key);
    }
    case 'bad-date':
      return t.linkBadDate(n.key, n.value);
    case 'bad-id':
      return t.linkBadId(n.key, n.value);
    case 'half-window':
      return t.linkHalfWindow;
    case 'step-without-story':
      return t.linkStepWithoutStory(n.step);
    case 'bad-step':
      return t.linkBadStep(n.step);
    case 'unknown-id':
      return t.linkUnknownId(n.key, n.value);
    case 'unknown-story':
      return t.linkUnknownStory(n.id, n.known.join(', '));
    case 'story-without-steps':
      return t.linkStoryWithoutSteps(n.id);
    case 'no-such-step':
      return t.linkNoSuchStep(n.step, n.title, n.count);
  }
}
