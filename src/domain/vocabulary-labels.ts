import type {
  DocumentKind,
  OutcomeStatus,
  ParticipantRole,
  Round,
  RoundFormat,
  RoundStatus,
} from './schema.ts';

/** Words a reader sees for each outcome status; one vocabulary for badges, legend, filters and tooltips. */
export const outcomeStatusLabels: Record<OutcomeStatus, string> = {
  agreed: 'Agreed',
  'agreed-in-principle': 'Agreed in principle or conditionally',
  'partly-agreed': 'Partly agreed',
  proposed: 'Proposed, awaiting an answer',
  'not-agreed': 'Not agreed',
  discussed: 'Discussed, no outcome reported',
};

export const formatLabels: Record<RoundFormat, string> = {
  'in-person': 'In person',
  remote: 'Remote',
  indirect: 'Indirect, through a mediator',
  mixed: 'Mixed',
};

/** Plural headings for participants grouped by role. */
export const roleLabels: Record<ParticipantRole, { one: string; many: string }> = {
  party: { one: 'Negotiating party', many: 'Negotiating parties' },
  mediator: { one: 'Mediator', many: 'Mediators' },
  host: { one: 'Host', many: 'Hosts' },
  observer: { one: 'Observer', many: 'Observers' },
};

export const kindLabels: Record<Round['kind'], string> = {
  talks: 'Talks',
  summit: 'Summit or leaders’ meeting',
  call: 'Leaders’ call',
  exchange: 'Exchange carried out',
  publication: 'Plan or document published',
};

/** Whether a meeting took place, in the words the legend, filters, tooltips and panel use. */
export const roundStatusLabels: Record<RoundStatus, string> = {
  held: 'Held',
  planned: 'Planned, not held',
  postponed: 'Postponed, not held',
  cancelled: 'Cancelled, not held',
};

/** The short word added to a mark's name and tooltip for a meeting that did not take place. */
export const notHeldWords: Record<Exclude<RoundStatus, 'held'>, string> = {
  planned: 'planned, not held',
  postponed: 'postponed, not held',
  cancelled: 'cancelled, not held',
};

export const documentKindLabels: Record<DocumentKind, string> = {
  plan: 'Plan',
  framework: 'Framework',
  declaration: 'Declaration',
  agreement: 'Agreement',
  other: 'Document',
};

export const attendanceLabels = { 'in-person': 'in person', remote: 'remotely' } as const;
