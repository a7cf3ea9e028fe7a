import type { OutcomeStatus, ParticipantRole, Round, RoundFormat } from './schema.ts';

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
  call: 'Leaders’ call',
  exchange: 'Exchange carried out',
};

export const attendanceLabels = { 'in-person': 'in person', remote: 'remotely' } as const;
