import { create } from 'zustand';
import { emptyFilters, type Filters } from '../domain/round-filters.ts';
import type { FilterNotice } from '../domain/validate-filters.ts';
import type { LinkNotice } from '../url/link-notice.ts';
import { defaultViewState, type ViewState } from './view-state.ts';

/** A note about a part of the URL that could not be used: a sentence, or data the interface words. */
export type Notice = string | FilterNotice | LinkNotice;

/** Client state: what the reader is looking at. The dataset itself lives in the query cache only. */
interface ViewStore extends ViewState {
  /** Readable notes about parts of the URL that could not be used. */
  notices: Notice[];
}

/** The same notice given twice is kept once. */
export const noticeKey = (notice: Notice): string =>
  typeof notice === 'string' ? notice : JSON.stringify(notice);

export const useViewStore = create<ViewStore>()(() => ({ ...defaultViewState, notices: [] }));

const set = useViewStore.setState;

/** Actions live at module level so components import them without subscribing to the store. */
export const viewActions = {
  selectRound: (round: string | null) => set({ round }),
  openDocument: (document: string | null) => set({ document }),
  setWindow: (window: ViewState['window']) => set({ window }),
  setLanes: (lanes: ViewState['lanes']) => set({ lanes }),
  setView: (view: ViewState['view']) => set({ view }),
  setTheme: (theme: ViewState['theme']) => set({ theme }),
  setUnmatched: (unmatched: ViewState['unmatched']) => set({ unmatched }),
  setFilters: (patch: Partial<Filters>) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  clearFilters: () => set({ filters: emptyFilters }),
  setStory: (story: ViewState['story']) => set({ story }),
  setLang: (lang: ViewState['lang']) => set({ lang }),
  replaceView: (view: ViewState) => set(view),
  addNotices: (notices: Notice[]) =>
    notices.length > 0 &&
    set((s) => ({
      notices: [...new Map([...s.notices, ...notices].map((n) => [noticeKey(n), n])).values()],
    })),
  dismissNotices: () => set({ notices: [] }),
};

/** The view state without the store's extras, for encoding into a URL. */
export function currentView(): ViewState {
  const { round, document, window, lanes, view, theme, unmatched, filters, story, lang } =
    useViewStore.getState();
  return { round, document, window, lanes, view, theme, unmatched, filters, story, lang };
}

/**
 * Back to defaults; tests call it between cases.
 * @internal
 */
export function resetViewStore(): void {
  set({ ...defaultViewState, notices: [] }, true);
}
