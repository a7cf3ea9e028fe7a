/**
 * The round's detail panel, a document's dialog and the notice above the panel, in English; bundled with those
 * lazily loaded views, so the first load does not carry them.
 */
export const enPanel = {
  // The panel and its toolbar
  panelRegion: 'Round details',
  panelSteps: 'Rounds in time order',
  panelPrevious: 'Previous round',
  panelNext: 'Next round',
  panelClose: 'Close details',
  panelCloseHint: 'Close details (Esc)',

  // A selected id that names no round
  panelNotFound: 'Round not found',
  panelNotInDataset: (id: string) => `The round “${id}” is not in this dataset.`,

  // Above the panel when the filters leave the round out
  panelOutsideFilters:
    'This round does not match the current filters, so the timeline and list leave it out.',
  panelClearFilters: 'Clear filters',

  // The header's facts
  panelDate: 'Date',
  panelPlace: 'Place',
  panelFormat: 'Format',

  // Participants
  panelParticipants: 'Participants',
  panelDelegationOf: (party: string) => `Delegation of ${party}`,
  panelHeadOfDelegation: 'Head of delegation',

  // Outcomes
  panelOutcomes: 'Outcomes',
  panelNoOutcomes: 'No outcomes are recorded for this round.',
  panelProposedBy: (party: string) => `Proposed by ${party}`,

  // Sessions, statements, disputes
  panelSessions: 'Sessions',
  panelStatements: 'Statements',
  /** Quotation marks around a verbatim quote, as the interface's language writes them. */
  panelQuoteOpen: '“',
  panelQuoteClose: '”',
  panelParaphrase: '(paraphrase)',
  panelDisputes: 'Disputed facts',
  panelDisputesNote:
    'The sources disagree on these points. Each account is given as reported, without judging which is right.',
  // Always two or more: a dispute has competing accounts. Digits as they always were.
  panelCompetingAccounts: (count: number) => `${count} competing accounts`,
  panelAccountsOf: (subject: string) => `Accounts of: ${subject}`,
  panelAccountOf: (index: number, count: number) => `Account ${index} of ${count}`,
  panelAccordingTo: 'According to',

  // Documents
  panelDocuments: 'Documents',
  panelPoints: (points: number) => `${points} points`,
  panelVersionsOf: (title: string) => `Versions of ${title}`,
  panelAllVersions: (count: number) => `All ${count} versions on a timeline`,
  panelAboutDocument: 'About this document',

  // Related rounds: how another round relates to the one shown
  panelRelated: 'Related rounds',
  panelRelation: {
    followUpOf: 'Follow-up of',
    followedBy: 'Followed by',
    implements: 'Implements',
    implementedBy: 'Implemented by',
    relatedTo: 'Related to',
  },

  // Sources
  panelSources: 'Sources',
  panelNewTab: 'opens in a new tab',
  panelSourceMissing: (id: string) => `Source ${id} is missing from the dataset.`,
  panelNoAddress: 'address not shown: not a plain web link',
  panelLookAlike: (host: string) => `${host} (look-alike address: it mixes alphabets)`,
  /** The source's language, named by Intl.DisplayNames in the interface's language. */
  panelInLanguage: (language: string) => `in ${language}`,
  panelCiting: (outlets: string) => `citing ${outlets}`,
  panelCitation: (n: number, publisher: string) => `Source ${n}: ${publisher}`,

  // A document's dialog
  documentClose: 'Close',
  documentDraftedBy: 'Drafted by',
  documentPresentedTo: 'Presented to',
  documentAccompanies: 'Accompanies',
  documentWithIt: 'With it',
  documentVersion: 'Version',
  documentVersions: (count: number) => `${count} versions, in date order`,
  documentRounds: 'Rounds:',
  documentWholeRounds: 'Rounds that dealt with it',
  documentAbout: 'About the document',
  documentSource: 'Source: ',
  documentSources: 'Sources: ',
  documentStripKey: 'Numbers: points in each version; ? where the sources do not count them or disagree.',
};
