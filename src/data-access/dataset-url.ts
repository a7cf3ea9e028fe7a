import { BUNDLED_DATASET_PATH } from './bundled-dataset-path.ts';
import { limitsFromPage, type TransportLimits } from './transport-deadlines.ts';

/** Whether `url` is the bundled dataset's address, both resolved against `base` (the page's). */
export function isBundledDataset(url: string, base: string | undefined): boolean {
  if (base === undefined) return false;
  try {
    return new URL(url, base).href === new URL(BUNDLED_DATASET_PATH, base).href;
  } catch {
    return false;
  }
}

/** The dataset the page should show, resolved from its `?data=` parameter. */
export interface DatasetLocation {
  /** Absolute URL to fetch. */
  url: string;
  /** True when the page was asked for a dataset other than the bundled one. */
  custom: boolean;
  /** The other origin serving the data, when it is not this site's own. */
  foreignOrigin: string | null;
  /** A readable reason when `?data=` was present but unusable (the bundled dataset is shown instead). */
  rejected: string | null;
  /** How long the download may wait (from `?timeout=`), and why that parameter was ignored, if it was. */
  limits: TransportLimits;
  limitsNotice: string | null;
}

/** Reads `?data=` from a page URL; only http(s) URLs are fetched, anything else falls back with a notice. */
export function resolveDatasetLocation(pageHref: string, baseHref: string = pageHref): DatasetLocation {
  const { limits, notice } = limitsFromPage(pageHref);
  return { ...resolveAddress(pageHref, baseHref), limits, limitsNotice: notice };
}

type DatasetAddress = Omit<DatasetLocation, 'limits' | 'limitsNotice'>;

function resolveAddress(pageHref: string, baseHref: string): DatasetAddress {
  const page = new URL(pageHref);
  const bundled = new URL(BUNDLED_DATASET_PATH, baseHref).href;
  const requested = page.searchParams.get('data');
  if (requested === null || requested.trim() === '') {
    return { url: bundled, custom: false, foreignOrigin: null, rejected: null };
  }
  let target: URL;
  try {
    target = new URL(requested.trim(), baseHref);
  } catch {
    return fallback(bundled, `"${requested}" is not a URL`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return fallback(bundled, `only http and https addresses can be loaded, not "${target.protocol}"`);
  }
  const foreignOrigin = target.origin === page.origin ? null : target.origin;
  return { url: target.href, custom: target.href !== bundled, foreignOrigin, rejected: null };
}

function fallback(bundled: string, reason: string): DatasetAddress {
  return {
    url: bundled,
    custom: false,
    foreignOrigin: null,
    rejected: `The data parameter was ignored: ${reason}.`,
  };
}

/** The same page without `?data=` (and its `?timeout=`): the way back to the bundled dataset. */
export function pageWithBundledDataset(pageHref: string): string {
  const page = new URL(pageHref);
  page.searchParams.delete('data');
  page.searchParams.delete('timeout');
  return page.href;
}
