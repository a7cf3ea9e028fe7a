import { z } from './zod.ts';
import { englishProblemWords as words } from './problem-words.ts';
import { translationsSchema } from './translations-schema.ts';
import {
  attendanceModes,
  documentKinds,
  outcomeStatuses,
  participantRoles,
  relationKinds,
  roundFormats,
  roundKinds,
  roundStatuses,
  topicGroups,
} from './vocabularies.ts';

export {
  attendanceModes,
  documentKinds,
  outcomeStatuses,
  participantRoles,
  relationKinds,
  roundFormats,
  roundKinds,
  roundStatuses,
  topicGroups,
};

/**
 * The Parley dataset format. This file is the single definition: the TypeScript types,
 * the published JSON Schema (public/schema/) and the validator all derive from it.
 * Cross-references between entities (a participant's party must exist, and so on)
 * are checked in validate-references.ts, because a JSON Schema cannot express them.
 */

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, words.slug)
  .describe('A stable identifier (slug) referenced from elsewhere in the dataset.');

const text = z.string().trim().min(1, words.notEmpty);

/** An EDTF (ISO 8601-2) date or interval; parsed and checked in dates.ts, not here. */
const edtfDate = z
  .string()
  .min(1, words.notEmpty)
  .describe(
    'An EDTF (ISO 8601-2) date or interval: "2025-03-11" (a day), "2025-03-23/2025-03-25" (a range), "2025-03~" (approximately March 2025), "2025-05-16?" (uncertain).',
  );

/** Source ids follow their own pattern (S01), so references to them must accept it too. */
const sourceId = z.string().regex(/^[A-Za-z0-9-]+$/, words.sourceId);

const sourceRefs = z
  .array(sourceId)
  .min(1, words.citesSource)
  .describe('Ids of the sources that support this fact.');

const httpUrl = z
  .string()
  .refine((value) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value), words.httpUrl)
  .refine((value) => !hasCredentials(value), words.noCredentials)
  .describe('An absolute http:// or https:// URL without a user name or password.');

/** "https://user:pass@host/": credentials in a link only serve to disguise where it goes. */
function hasCredentials(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username !== '' || parsed.password !== '';
  } catch {
    return false;
  }
}

export const partySchema = z.object({
  id,
  name: text,
  shortName: text,
  kind: z.enum(['state', 'organisation']),
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, words.colour)
    .optional(),
});

export const positionSchema = z.object({
  title: text,
  from: edtfDate.optional(),
  to: edtfDate.optional(),
  sources: z.array(sourceId).optional(),
});

export const personSchema = z.object({
  id,
  name: text,
  /** Other spellings found in sources (Medinsky/Medinskiy), so search finds every variant. */
  aliases: z.array(text).optional(),
  party: id,
  positions: z.array(positionSchema),
});

export const topicSchema = z.object({
  id,
  label: text,
  description: text,
  group: z.enum(topicGroups),
});

export const sourceSchema = z.object({
  id: sourceId,
  url: httpUrl,
  publisher: text,
  title: text.optional(),
  /** Publication date as the page shows it; uncertain ("2025-05-16?") when inferred, absent when unknown. */
  published: edtfDate.optional(),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, words.languageTag),
  /** The wire or agency the page cites (Reuters, AP, TASS…), where it names one. */
  cites: z.array(text).optional(),
});

export const delegateSchema = z.object({
  person: id,
  head: z.boolean().optional(),
  /**
   * The person's title at this round as the cited sources give it ("Defence Minister"), for people whose
   * positions changed and whose change of post the sources do not date.
   */
  position: text.optional(),
  sources: sourceRefs,
});

export const participantSchema = z.object({
  party: id,
  role: z.enum(participantRoles),
  attendance: z.enum(attendanceModes).optional(),
  delegation: z.array(delegateSchema).optional(),
  sources: sourceRefs,
});

export const locationSchema = z.object({
  city: text.optional(),
  country: text.optional(),
  venue: text.optional(),
  /** [longitude, latitude] in WGS 84, only where a source gives them. */
  coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
});

export const sessionSchema = z.object({
  id,
  title: text,
  date: edtfDate,
  parties: z.array(id).min(1, words.namesParty),
  format: z.enum(roundFormats).optional(),
  summary: text.optional(),
  sources: sourceRefs,
});

export const outcomeSchema = z.object({
  topic: id,
  status: z.enum(outcomeStatuses),
  summary: text,
  /** The party that made a proposal, for status "proposed". */
  proposedBy: id.optional(),
  sources: sourceRefs,
});

export const statementSchema = z
  .object({
    speaker: id,
    /** A short verbatim quote: one sentence at most. */
    quote: text.optional(),
    paraphrase: text.optional(),
    date: edtfDate.optional(),
    sources: sourceRefs,
  })
  .refine((s) => (s.quote === undefined) !== (s.paraphrase === undefined), {
    message: words.quoteOrParaphrase,
  });

export const accountSchema = z.object({
  claim: text,
  /** Who says so, in words: "Umerov (seed article)", "AP". */
  attribution: text,
  sources: sourceRefs,
});

export const disputeSchema = z.object({
  id,
  /** The fact in question, e.g. "How the Russian delegation took part". */
  subject: text,
  accounts: z.array(accountSchema).min(2, words.twoAccounts),
});

export const relationSchema = z.object({
  round: id,
  relation: z.enum(relationKinds),
});

/** A document a round discussed, presented or produced; without a version, the document as a whole. */
export const roundDocumentSchema = z.object({
  document: id,
  version: id.optional(),
  note: text.optional(),
  sources: sourceRefs,
});

export const roundSchema = z.object({
  id,
  kind: z.enum(roundKinds),
  /** Absent means held; planned, postponed and cancelled meetings are drawn as not held. */
  status: z.enum(roundStatuses).optional(),
  title: text,
  /** A short label for the timeline ("Istanbul I"), where the title is long. */
  shortTitle: text.optional(),
  date: edtfDate,
  /** How the sources word an approximate date ("early March 2025"), shown beside the parsed interval. */
  dateLabel: text.optional(),
  summary: text.optional(),
  location: locationSchema.optional(),
  format: z.enum(roundFormats).optional(),
  participants: z.array(participantSchema),
  sessions: z.array(sessionSchema).optional(),
  outcomes: z.array(outcomeSchema),
  statements: z.array(statementSchema).optional(),
  disputes: z.array(disputeSchema).optional(),
  related: z.array(relationSchema).optional(),
  documents: z.array(roundDocumentSchema).optional(),
  sources: sourceRefs,
});

/** A calendar day, as in the view state and the URL (start=, from=); checked as a real date in validate-stories.ts. */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, words.roundDay);

/**
 * A paragraph of a story with the sources behind every sentence in it. Text fields use the same `text` type as
 * the rest of the dataset, so translations (issue #12) reach stories when they reach rounds.
 */
export const passageSchema = z.object({ text, sources: sourceRefs });

export const storyLaneModes = ['table', 'place', 'topic'] as const;

/** What a story step shows, in the vocabulary of the view state and the URL; anything left out is the default. */
export const storyViewSchema = z.strictObject({
  round: id.optional().describe('The round selected (highlighted) at this step.'),
  window: z
    .strictObject({ start: isoDay, end: isoDay })
    .optional()
    .describe('The visible period, as whole days; without it the timeline fits every round.'),
  lanes: z.enum(storyLaneModes).optional(),
  filters: z
    .strictObject({
      topics: z.array(id).optional(),
      parties: z.array(id).optional(),
      people: z.array(id).optional(),
      roles: z.array(z.enum(participantRoles)).optional(),
      outcomes: z.array(z.enum(outcomeStatuses)).optional(),
      formats: z.array(z.enum(roundFormats)).optional(),
      statuses: z.array(z.enum(roundStatuses)).optional(),
      places: z.array(text).optional(),
      from: isoDay.optional(),
      to: isoDay.optional(),
      q: text.optional(),
    })
    .optional(),
});

export const storyStepSchema = z.object({
  heading: text,
  narrative: z.array(passageSchema).min(1, words.oneParagraph),
  view: storyViewSchema.optional(),
});

/** A guided reading of the dataset: steps a reader pages through, each showing a view and telling its part. */
export const storySchema = z.object({
  id,
  title: text,
  intro: z.array(passageSchema).min(1, words.oneParagraph),
  steps: z.array(storyStepSchema).min(1, words.oneStep),
});

/** One version of a document (a draft, a revision), listed in date order. */
export const documentVersionSchema = z.object({
  id,
  /** How the sources name it: "US draft", "After Geneva". */
  label: text,
  date: edtfDate,
  /** The number of points or articles, where the sources count them. */
  points: z.number().int().positive().optional(),
  summary: text.optional(),
  sources: sourceRefs,
});

/** A plan, framework, declaration or agreement that rounds negotiate, with its versions. */
export const documentSchema = z.object({
  id,
  title: text,
  kind: z.enum(documentKinds),
  summary: text.optional(),
  draftedBy: z.array(id).min(1, words.namesParty),
  receivedBy: z.array(id).optional(),
  /** The main document this one accompanies (security guarantees beside a peace plan). */
  companionOf: id.optional(),
  versions: z.array(documentVersionSchema),
  sources: sourceRefs,
});

const calendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, words.calendarDay);

/** The period the data covers, so a reader does not take the silence after it for no talks. */
export const coverageSchema = z.object({
  from: calendarDay,
  to: calendarDay,
  note: text.optional(),
});

/** A person (family and optional given name) or an organisation (literal), as CSL-JSON names them. */
export const citationAuthorSchema = z
  .object({
    family: text.optional(),
    given: text.optional(),
    literal: text.optional(),
  })
  .refine((a) => (a.literal === undefined) !== (a.family === undefined), {
    message: words.familyOrLiteral,
  })
  .refine((a) => a.given === undefined || a.family !== undefined, {
    message: words.givenNeedsFamily,
  });

/** How the maintainers ask to be cited; what is left out comes from the rest of `meta`. */
export const citationSchema = z.object({
  authors: z.array(citationAuthorSchema).min(1, words.namesAuthor),
  /** Defaults to meta.title. */
  title: text.optional(),
  publisher: text.optional(),
  /** Year of publication; defaults to the year of meta.updated. */
  year: z
    .string()
    .regex(/^\d{4}$/, words.year)
    .optional(),
  /** Where the dataset itself is published, when it has a permanent address. */
  url: httpUrl.optional(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, words.doi)
    .optional(),
});

export const metaSchema = z.object({
  title: text,
  description: text,
  languages: z.array(z.string()).min(1),
  licence: text,
  updated: calendarDay,
  coverage: coverageSchema.optional(),
  maintainer: z.object({
    name: text,
    url: httpUrl.optional(),
    email: z.string().email().optional(),
  }),
  /** The dataset's own version ("2026-11-25", "1.2"), cited with it. */
  version: text.optional(),
  citation: citationSchema.optional(),
});

export const datasetSchema = z.object({
  $schema: z.string().optional(),
  meta: metaSchema,
  parties: z.array(partySchema),
  people: z.array(personSchema),
  topics: z.array(topicSchema),
  sources: z.array(sourceSchema),
  rounds: z.array(roundSchema),
  stories: z.array(storySchema).optional(),
  documents: z.array(documentSchema).optional(),
  translations: translationsSchema.optional(),
});

export type Party = z.infer<typeof partySchema>;
export type Person = z.infer<typeof personSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Dispute = z.infer<typeof disputeSchema>;
export type Round = z.infer<typeof roundSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type Passage = z.infer<typeof passageSchema>;
export type StoryView = z.infer<typeof storyViewSchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type Story = z.infer<typeof storySchema>;
export type RoundDocument = z.infer<typeof roundDocumentSchema>;
export type DocumentVersion = z.infer<typeof documentVersionSchema>;
export type PlanDocument = z.infer<typeof documentSchema>;
export type RoundStatus = (typeof roundStatuses)[number];
export type DocumentKind = (typeof documentKinds)[number];
export type Meta = z.infer<typeof metaSchema>;
export type CitationAuthor = z.infer<typeof citationAuthorSchema>;
export type OutcomeStatus = (typeof outcomeStatuses)[number];
export type RoundFormat = (typeof roundFormats)[number];
export type ParticipantRole = (typeof participantRoles)[number];
