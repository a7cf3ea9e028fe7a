import { currentView, useViewStore, viewActions } from '../state/view-store.ts';
import { defaultViewState, type ThemeChoice, type ViewState } from '../state/view-state.ts';
import { decodeViewState, encodeViewState } from './view-state-codec.ts';

/**
 * The one place the URL is read and written. The store is the source of truth while the page runs;
 * the URL mirrors it. Changes a reader would want Back to undo (selection, filters, view, lanes) push a
 * history entry; the time window and theme replace the current one, or every zoom step would be a page.
 * Without `history` (in an embed) every change replaces the entry: an iframe's entries would otherwise join
 * the host page's history, and the reader's Back button would step through the timeline, not the article.
 * `defaultTheme` is what a link without `theme=` means (light in an embed, so it matches a white article).
 */
export function startUrlSync({
  history = true,
  defaultTheme = defaultViewState.theme,
}: { history?: boolean; defaultTheme?: ThemeChoice } = {}): () => void {
  const initial = decodeViewState(window.location.search, defaultTheme);
  viewActions.replaceView(initial.state);
  viewActions.addNotices(initial.notices);

  let applyingHistory = false;
  let previous = currentView();
  correcting = false;

  const unsubscribe = useViewStore.subscribe(() => {
    const next = currentView();
    if (applyingHistory || sameView(previous, next)) {
      previous = next;
      return;
    }
    const push = !correcting && isNavigation(previous, next);
    previous = next;
    const query = encodeViewState(next, new URLSearchParams(window.location.search), defaultTheme);
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (push && history) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });

  const onPopState = () => {
    applyingHistory = true;
    try {
      viewActions.replaceView(decodeViewState(window.location.search, defaultTheme).state);
    } finally {
      applyingHistory = false;
    }
  };
  window.addEventListener('popstate', onPopState);

  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}

let correcting = false;

/**
 * Applies a correction to the view (an unknown round or topic from a link, dropped) without a history entry
 * of its own: pushing it would leave Back on the uncorrected link, which would be corrected and pushed again.
 */
export function correctView(change: () => void): void {
  correcting = true;
  try {
    change();
  } finally {
    correcting = false;
  }
}

function sameView(a: ViewState, b: ViewState): boolean {
  return encodeViewState(a) === encodeViewState(b);
}

/**
 * True when the change deserves a Back step. The window, theme and language never do; text search and the date range do
 * only when they start or stop, so typing a word or dragging a date handle is one step, not one per keystroke.
 */
function isNavigation(a: ViewState, b: ViewState): boolean {
  const steps = (v: ViewState) =>
    encodeViewState({
      ...v,
      window: null,
      theme: 'auto',
      lang: 'en',
      filters: {
        ...v.filters,
        q: v.filters.q.trim() === '' ? '' : 'set',
        from: v.filters.from === null ? null : '0000-01-01',
        to: v.filters.to === null ? null : '0000-01-01',
      },
    });
  return steps(a) !== steps(b);
}
