import { enNumber } from './en-number.ts';

const ignored = (key: string, value: string) => `Ignored ${key}="${value}": `;

/**
 * The notices about parts of a link that were ignored (src/url/link-notice.ts), in English; the notices
 * about a link's filters are in en-filters.ts. Keys and values are quoted as the link wrote them.
 */
export const enLinkNotices = {
  linkNotOneOf: (key: string, value: string, allowed: string) =>
    `${ignored(key, value)}expected one of ${allowed}.`,
  linkQuoted: (value: string) => `"${value}"`,
  linkAndMore: (quoted: string, more: number) => `${quoted} and ${enNumber(more)} more`,
  /** "person "a", "b"": the values of one parameter that are not valid there. */
  linkBadValues: (key: string, quoted: string) => `${key === 'status' ? 'meeting status' : key} ${quoted}`,
  linkPastLimit: (over: number, limit: number) =>
    `${enNumber(over)} values past the first ${enNumber(limit)}`,
  linkAnd: ' and ',
  linkIgnoredIn: (problems: string, key: string) => `Ignored ${problems} in ${key}=.`,
  linkBadDate: (key: string, value: string) => `${ignored(key, value)}expected a date like 2025-03-11.`,
  linkBadId: (key: string, value: string) => `${ignored(key, value)}not a ${key} id.`,
  linkHalfWindow: 'Ignored the time window: it needs both start= and end=, start first.',
  linkStepWithoutStory: (step: string) => `${ignored('step', step)}it needs a story=.`,
  linkBadStep: (step: string) => `${ignored('step', step)}expected a step number like 3; starting at step 1.`,
  linkUnknownId: (key: string, value: string) =>
    `${ignored(key, value)}there is no such ${key} in this dataset.`,
  linkUnknownStory: (id: string, known: string) =>
    `${ignored('story', id)}there is no such story (known: ${known || 'none'}).`,
  linkStoryWithoutSteps: (id: string) => `${ignored('story', id)}it has no steps.`,
  linkNoSuchStep: (step: number, title: string, count: number) =>
    `Step ${step} does not exist: "${title}" has ${count} steps.`,
};
