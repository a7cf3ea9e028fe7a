import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import type { Problem } from '../../domain/problem.ts';
import type { SheetLocation } from '../../spreadsheet/workbook.ts';
import { appendIn, removeIn, setIn, type JsonPath } from './json-path-update.ts';

/** A dataset being written: dataset-shaped, but not yet (or not always) valid. */
export type Draft = Record<string, unknown>;

/** What an import found, kept beside the draft until the next import or Start over. */
export interface ImportReport {
  fileName: string;
  /**
   * Each problem with its place in the file: "participants sheet, row 4, column party" or a JSON path; a
   * spreadsheet's place also as its parts (`at`), so the panel words it in the interface's language.
   */
  problems: (ImportNote & { where: string; at?: SheetLocation })[];
  /** Sheets and columns the template does not know, left out. */
  ignored: ImportNote[];
}

/**
 * One thing an import found: its English message, and the same as a catalogue message (`problem`) that the
 * panel words in the interface's language. A report stored before problems had keys has messages only.
 */
interface ImportNote {
  message: string;
  problem?: Problem;
}

interface DraftState {
  draft: Draft | null;
  /** Index of the round whose form is open. */
  editing: number | null;
  report: ImportReport | null;
  /** False when the browser refused to store the draft (private mode, full storage). */
  saved: boolean;
}

const DRAFT_STORAGE_KEY = 'parley-editor-draft';

// localStorage throws when it is full or disabled; the editor says so instead of failing silently.
const guardedStorage: StateStorage = {
  getItem: (name) => {
    try {
      return localStorage.getItem(name);
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, value);
      if (!useDraftStore.getState().saved) useDraftStore.setState({ saved: true });
    } catch {
      if (useDraftStore.getState().saved) useDraftStore.setState({ saved: false });
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // Nothing stored, nothing to remove.
    }
  },
};

/** The editor's draft, saved in the browser on every change so a reload or a crash loses nothing. */
export const useDraftStore = create<DraftState>()(
  persist(() => ({ draft: null, editing: null, report: null, saved: true }) as DraftState, {
    name: DRAFT_STORAGE_KEY,
    version: 2,
    storage: createJSONStorage(() => guardedStorage),
    // Version 1 kept the ignored sheets and columns as English sentences.
    migrate: (stored, version) => {
      const state = stored as DraftState;
      const ignored = state.report?.ignored as unknown[] | undefined;
      if (version < 2 && state.report && ignored)
        state.report.ignored = ignored.map((note) =>
          typeof note === 'string' ? { message: note } : note,
        ) as ImportNote[];
      return state;
    },
    partialize: ({ draft, editing, report }) => ({ draft, editing, report }),
  }),
);

const set = useDraftStore.setState;

/** Actions at module level, so forms call them without subscribing to the store. */
export const draftActions = {
  load: (draft: Draft, report: ImportReport | null, editing: number | null = null) =>
    set({ draft, report, editing }),
  update: (path: JsonPath, value: unknown) =>
    set((s) => (s.draft ? { draft: setIn(s.draft, path, value) } : s)),
  append: (path: JsonPath, item: unknown) =>
    set((s) => (s.draft ? { draft: appendIn(s.draft, path, item) } : s)),
  remove: (path: JsonPath, index: number) =>
    set((s) => (s.draft ? { draft: removeIn(s.draft, path, index) } : s)),
  edit: (editing: number | null) => set({ editing }),
  dismissReport: () => set({ report: null }),
  startOver: () => set({ draft: null, editing: null, report: null }),
};
