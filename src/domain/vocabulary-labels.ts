import type {
  DocumentKind,
  OutcomeStatus,
  ParticipantRole,
  Round,
  RoundFormat,
  RoundStatus,
} from './schema.ts';

/**
 * The words a reader sees for each value of the data's vocabularies, in one language. Like the date words
 * (date-locale.ts), the set in use follows the interface's language: `vocabularyLabels()` gives the current
 * one, and the catalogue switches it (i18n/catalogue.ts) before the views re-render.
 */
export interface VocabularyLabels {
  outcomeStatus: Record<OutcomeStatus, string>;
  format: Record<RoundFormat, string>;
  /** Headings for participants grouped by role, one and many. */
  role: Record<ParticipantRole, { one: string; many: string }>;
  kind: Record<Round['kind'], string>;
  roundStatus: Record<RoundStatus, string>;
  /** The short words added to a mark's name and tooltip for a meeting that did not take place. */
  notHeld: Record<Exclude<RoundStatus, 'held'>, string>;
  documentKind: Record<DocumentKind, string>;
  attendance: Record<'in-person' | 'remote', string>;
}

export const englishVocabulary: VocabularyLabels = {
  /** Words a reader sees for each outcome status; one vocabulary for badges, legend, filters and tooltips. */
  outcomeStatus: {
    agreed: 'Agreed',
    'agreed-in-principle': 'Agreed in principle or conditionally',
    'partly-agreed': 'Partly agreed',
    proposed: 'Proposed, awaiting an answer',
    'not-agreed': 'Not agreed',
    discussed: 'Discussed, no outcome reported',
  },

  format: {
    'in-person': 'In person',
    remote: 'Remote',
    indirect: 'Indirect, through a mediator',
    mixed: 'Mixed',
  },

  /** Plural headings for participants grouped by role. */
  role: {
    party: { one: 'Negotiating party', many: 'Negotiating parties' },
    mediator: { one: 'Mediator', many: 'Mediators' },
    host: { one: 'Host', many: 'Hosts' },
    observer: { one: 'Observer', many: 'Observers' },
  },

  kind: {
    talks: 'Talks',
    summit: 'Summit or leaders’ meeting',
    call: 'Leaders’ call',
    exchange: 'Exchange carried out',
    publication: 'Plan or document published',
  },

  /** Whether a meeting took place, in the words the legend, filters, tooltips and panel use. */
  roundStatus: {
    held: 'Held',
    planned: 'Planned, not held',
    postponed: 'Postponed, not held',
    cancelled: 'Cancelled, not held',
  },

  /** The short word added to a mark's name and tooltip for a meeting that did not take place. */
  notHeld: {
    planned: 'planned, not held',
    postponed: 'postponed, not held',
    cancelled: 'cancelled, not held',
  },

  documentKind: {
    plan: 'Plan',
    framework: 'Framework',
    declaration: 'Declaration',
    agreement: 'Agreement',
    other: 'Document',
  },

  attendance: { 'in-person': 'in person', remote: 'remotely' },
};

let current: VocabularyLabels = englishVocabulary;

/** The vocabulary's words in the language shown. */
export function vocabularyLabels(): VocabularyLabels {
  return current;
}

export function setVocabularyLabels(labels: VocabularyLabels): void {
  current = labels;
}
