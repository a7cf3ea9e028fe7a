import { SHEETS } from '../spreadsheet/sheet-specs.ts';

// Counts as the editor has always written them (no thousands separator), so its English stays as it was.
const rounds = (n: number) => `${n} ${n === 1 ? 'round' : 'rounds'}`;
const problems = (n: number) => `${n} ${n === 1 ? 'problem' : 'problems'}`;

/** The words for one kind of entity a reference points to, in the phrases the pickers build. */
interface TargetWords {
  /** First option of a picker for several ("Add a person…"). */
  addOption: string;
  /** First option of a picker for one ("Choose a person…"). */
  chooseOption: string;
  /** Button that opens the inline form ("New person…"). */
  newButton: string;
  /** The inline form's name and heading ("New person"). */
  newHeading: string;
  /** The inline form's button ("Add person"). */
  addButton: string;
  /** An id the draft has no entity for ("x (not in the people list)"). */
  missing: (id: string) => string;
  /** An id already taken ("another person already has the id "x""). */
  idTaken: (id: string) => string;
}

const target = (noun: string, list: string): TargetWords => ({
  addOption: `Add a ${noun}…`,
  chooseOption: `Choose a ${noun}…`,
  newButton: `New ${noun}…`,
  newHeading: `New ${noun}`,
  addButton: `Add ${noun}`,
  missing: (id) => `${id} (not in the ${list} list)`,
  idTaken: (id) => `another ${noun} already has the id "${id}"`,
});

/** The words for one list in a round (participants, outcomes…): its heading, an item, its buttons. */
interface ListWords {
  title: string;
  /** An item's name on its button ("Participant 2"). */
  item: (n: number) => string;
  /** Said after "Remove" to screen readers ("participant 2"). */
  removeWhat: (n: number) => string;
  add: string;
}

const list = (title: string, noun: string): ListWords => ({
  title,
  item: (n) => `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${n}`,
  removeWhat: (n) => `${noun} ${n}`,
  add: `Add ${noun}`,
});

/**
 * The editor ("Create") in English; bundled with the editor's lazy chunk, never with the first picture.
 * The problems' own wording comes from en-problems.ts, shared with the validators; the downloadable
 * template is a data file and stays English.
 */
export const enEditor = {
  editor: {
    title: 'Create a dataset',
    intro:
      'Build a Parley dataset from the spreadsheet template or by hand, and see it on the timeline as you go.',
    saved: 'Saved in this browser.',
    notSaved: 'This browser refused to save the draft: export it to keep your work.',
    datasetDetails: 'Dataset details (title, licence, maintainer)',
    rounds: 'Rounds',
    editRound: (title: string) => `Edit round: ${title}`,
    untitled: 'untitled',
    deleteThisRound: 'Delete this round',
    deleteRoundQuestion: (title: string) => `Delete the round “${title}” and everything in it?`,
    deleteRound: 'Delete the round',
    keepIt: 'Keep it',
    preview: 'Preview',
    noPreview: 'No round to preview yet: add one with a title, a date, and a source.',

    summaryClean: (roundCount: number) => `The draft holds ${rounds(roundCount)} and no problems.`,
    summaryProblems: (roundCount: number, problemCount: number) =>
      `The draft holds ${rounds(roundCount)} and ${problems(problemCount)}.`,
    summaryPartly: (roundCount: number, problemCount: number, shown: number) =>
      `The draft holds ${rounds(roundCount)} and ${problems(problemCount)}; the preview shows the ${rounds(shown)} without problems.`,
    problems,

    // Start screen
    spreadsheetHeading: 'Work in a spreadsheet',
    spreadsheetText:
      'One sheet per kind of thing, notes under each header, and three real rounds as examples. Fill it in with Excel, LibreOffice or Google Sheets, then import it here.',
    importHeading: 'Import a file',
    writeHeading: 'Write it here',
    writeText: 'Fill in forms and watch the timeline grow. The draft is saved in this browser as you type.',
    startEmpty: 'Start an empty dataset',
    startExamples: 'Start from the examples',

    // Template and export
    downloadTemplate: 'Download template',
    templateCsv: 'Template as CSV',
    templateFailed: (cause: string) => `The template could not be made: ${cause}`,
    exportJson: 'Export JSON',
    exportSpreadsheet: 'Export spreadsheet',
    startOver: 'Start over',
    exported: (file: string) => `Exported ${file}.`,
    exportedWithProblems: (file: string, problemCount: number) =>
      `Exported ${file} with ${problems(problemCount)} left: Parley will not show it until they are fixed.`,
    startOverQuestion: 'Start over? The draft is deleted from this browser. Export it first to keep a copy.',
    deleteDraft: 'Delete the draft',
    keepDraft: 'Keep the draft',

    // Import
    importFile: 'Import a file',
    importOrDrop: 'or drop it here: the spreadsheet template (.xlsx, .csv) or a Parley JSON file',
    reading: 'Reading the file…',
    replaceQuestion: (file: string) =>
      `Replace the current draft with ${file}? The draft's changes are lost unless you export them first.`,
    replaceDraft: 'Replace the draft',
    notJson: (file: string, reason: string) => `${file} is not valid JSON: ${reason}`,
    notDataset: (file: string) => `${file} is JSON, but not a Parley dataset (it must be an object).`,
    unreadable: (file: string, reason: string) => `${file}: ${reason}`,

    // Problems panel
    problemsIn: (file: string) => `Problems in ${file}`,
    importProblems: (file: string, problemCount: number) =>
      `${file}: ${problems(problemCount)} when imported`,
    dismiss: 'Dismiss',
    restImported:
      'The rest of the file was imported; the preview shows its valid part. Fix these in the file and import it again, or fix them here.',
    andMore: (count: number) => `… and ${count} more.`,
    note: (text: string) => `Note: ${text}.`,
    sheetPlace: (sheet: string, row: number, column: string) =>
      `${sheet} sheet, row ${row}, column ${column}`,
    showProblems: (count: number) => `Show the draft’s problems (${count})`,
    editThisRound: 'Edit this round',
    /** A problem's place in a round: "Round “Jeddah talks”", or "Round 3" for one without a title. */
    problemRound: (title: string) => `Round ${title}`,

    // Rounds navigation
    roundsNav: 'Rounds in the draft',
    untitledRound: 'Untitled round',
    noRounds: 'No rounds yet.',
    addRound: 'Add a round',

    // Round form
    lists: {
      participants: list('Participants and roles', 'participant'),
      outcomes: list('Outcomes per topic', 'outcome'),
      statements: list('Statements', 'statement'),
      sessions: list('Sessions', 'session'),
      related: list('Related rounds', 'related round'),
      delegation: list('Delegation', 'delegate'),
    },
    delegationOf: (n: number) => `Delegation of participant ${n}`,
    remove: 'Remove',
    disputes: (count: number) =>
      `This round records ${count} ${count === 1 ? 'dispute' : 'disputes'}; they are kept as they are. Edit them in the spreadsheet (disputes sheet) or the JSON file.`,

    // Fields and pickers
    /**
     * Each field's label, by its English label (the template's columns, sheet-specs.ts); the template's own
     * headers stay English.
     */
    fieldLabels: Object.fromEntries(
      SHEETS.flatMap((sheet) => [...sheet.keys, ...sheet.columns]).map((column) => [
        column.label,
        column.label,
      ]),
    ) as Record<string, string>,
    /** The hint under each field, by its English wording (the template's notes row, which stays English). */
    fieldNotes: Object.fromEntries(
      SHEETS.flatMap((sheet) => [...sheet.keys, ...sheet.columns]).map((column) => [
        column.note,
        column.note,
      ]),
    ) as Record<string, string>,
    required: ' (required)',
    choose: 'Choose…',
    chosen: (label: string) => `${label} chosen`,
    removeChosen: (label: string) => `Remove ${label}`,
    cancel: 'Cancel',
    targets: {
      people: target('person', 'people'),
      parties: target('party', 'parties'),
      topics: target('topic', 'topics'),
      sources: target('source', 'sources'),
      rounds: target('round', 'rounds'),
    },

    // Date hint
    readsAs: (date: string) => `Reads as: ${date}`,
    howToWriteDates: 'How to write dates',
    dateExamples: [
      '16 May 2025',
      'between 23 and 25 March 2025',
      'about March 2025',
      'in March 2025 (day unknown)',
      '16 May 2025, not confirmed',
      'spring 2025',
    ] as readonly string[],

    // Publishing
    publishHeading: 'How to publish',
    publishHost:
      'Export the JSON (or keep the spreadsheet) and put the file on any web host that allows other sites to read it (CORS): your newsroom’s file server, a GitHub repository served by GitHub Pages, or a spreadsheet published to the web as XLSX or CSV.',
    publishOpen: 'Open Parley with',
    publishAddress: 'and the file’s address, for example',
    publishChecks: 'Parley checks the file and lists any problem by its place in the file.',
    publishShare: 'Use Share and the Embed dialog there to get the link and the code for your article.',
  },
};
