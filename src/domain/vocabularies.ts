/**
 * The format's closed lists of values. The schema builds its enums from them; the spreadsheet template reads
 * them from here, without the schema, so its code can load on its own without splitting the reader's bundle.
 */
export const roundKinds = ['talks', 'call', 'exchange'] as const;
export const roundFormats = ['in-person', 'remote', 'indirect', 'mixed'] as const;
export const participantRoles = ['party', 'mediator', 'host', 'observer'] as const;
export const attendanceModes = ['in-person', 'remote'] as const;
/** Most settled first; lanes rely on this order to summarise several outcomes (round-lanes.ts). */
export const outcomeStatuses = [
  'agreed',
  'agreed-in-principle',
  'partly-agreed',
  'proposed',
  'not-agreed',
  'discussed',
] as const;
export const relationKinds = ['follow-up-of', 'implements', 'related-to'] as const;
export const topicGroups = ['security', 'humanitarian', 'political', 'economic'] as const;
