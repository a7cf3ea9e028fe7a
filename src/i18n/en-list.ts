import type { ParticipantRole } from '../domain/schema.ts';

/** The list view in English; bundled with it, which loads when a reader first opens the list. */
export const enList = {
  listCaption: 'Rounds in time order; choose a title to open its details',
  listColumnDate: 'Date',
  listColumnRound: 'Round',
  listColumnPlace: 'Place',
  listColumnParticipants: 'Participants',
  listColumnTopics: 'Topics',
  listColumnOutcome: 'Outcome',
  /** A participant's role after its name, "Türkiye (host)"; a negotiating party has none. */
  listRoleAfterName: {
    party: 'party',
    mediator: 'mediator',
    host: 'host',
    observer: 'observer',
  } satisfies Record<ParticipantRole, string>,
};
