import type { QueryClient } from '@tanstack/react-query';
import { datasetQuery } from '../data-access/dataset-query.ts';
import { resolveDatasetLocation } from '../data-access/dataset-url.ts';
import { isEditorPage, routeOf } from './use-hash-route.ts';

/** The page as it opens: its address, the base a relative `?data=` resolves against, and whether it is an embed. */
export interface OpeningPage {
  href: string;
  baseUri: string;
  embedded: boolean;
}

/**
 * Starts loading the page's dataset as the entry module runs, rather than when React first renders the app:
 * that render waits for the rest of the entry, a language's catalogue and React itself, while the download
 * (and, for any dataset but the bundled one's checked bytes, the dataset worker's script before it) is the
 * longest wait before the timeline can be drawn. The app's own query (app.tsx) has the same key, so it takes
 * this load over rather than starting another. The editor's page loads no dataset, so nothing starts there.
 */
export function startDatasetLoad(client: QueryClient, { href, baseUri, embedded }: OpeningPage): void {
  if (isEditorPage(routeOf(new URL(href).hash), embedded)) return;
  // Read as useDatasetLocation reads it, so that both name the same query.
  const { url, limits } = resolveDatasetLocation(href, baseUri);
  void client.prefetchQuery(datasetQuery(url, limits));
}
