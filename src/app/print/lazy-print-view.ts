import { createElement, useEffect, useState } from 'react';
import type { PrintView } from './print-view.tsx';

type PrintViewComponent = typeof PrintView;
let loaded: PrintViewComponent | null = null;

/** Fetches the print view's chunk (it draws the export picture, which the first load does without). */
export function loadPrintView(): Promise<PrintViewComponent> {
  return import('./print-view.tsx').then((m) => (loaded = m.PrintView));
}

/**
 * The print view, from its chunk: preloaded after the first draw (lazy-parts.ts), so it is here long before
 * anyone prints. It is not a React.lazy part because printing renders synchronously at `beforeprint`, where a
 * suspended part would print its fallback; should someone print in the very first moment, it is fetched then
 * and shown as soon as it arrives.
 */
export function PrintViewWhenLoaded(props: Parameters<PrintViewComponent>[0]) {
  const [, setArrived] = useState(loaded !== null);
  useEffect(() => {
    if (!loaded) void loadPrintView().then(() => setArrived(true));
  }, []);
  return loaded ? createElement(loaded, props) : null;
}
