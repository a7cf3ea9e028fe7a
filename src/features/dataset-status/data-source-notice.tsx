import type { DatasetLocation } from '../../data-access/dataset-url.ts';
import { useDatasetSource, type DatasetSource } from '../../data-access/download-status.ts';

const NOTICE_STYLE =
  'mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100';

/**
 * Says which data the page shows when it is not the bundled dataset, so a Parley link cannot pass off
 * someone else's data as this site's own. Once the data has arrived it names the origin it really came
 * from (the response's URL), and says so when a redirect led to another origin than the one asked for.
 */
export function DataSourceNotice({ location }: { location: DatasetLocation }) {
  const source = useDatasetSource(location.url);
  const served = servedFrom(location, source, window.location.origin);
  return (
    <>
      {location.rejected && (
        <p role="status" className={NOTICE_STYLE}>
          {location.rejected} Showing the bundled dataset.
        </p>
      )}
      {location.limitsNotice && (
        <p role="status" className={NOTICE_STYLE}>
          {location.limitsNotice}
        </p>
      )}
      {(location.custom || served.foreignOrigin) && (
        <aside
          aria-label="Data source"
          className="mb-4 rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sky-950 dark:border-sky-700 dark:bg-sky-950/40 dark:text-sky-100"
        >
          {served.foreignOrigin ? (
            <>
              This page shows data from <strong className="break-all">{served.foreignOrigin}</strong>, not
              from this site. Parley does not check or endorse it.
            </>
          ) : (
            <>This page shows a dataset other than the one bundled with Parley.</>
          )}
          {served.redirectedFrom && (
            <>
              {' '}
              The address asked for, on <span className="break-all">{served.redirectedFrom}</span>, redirected
              there.
            </>
          )}{' '}
          <span className="block font-mono text-sm break-all">{location.url}</span>
          {source?.redirected && source.finalUrl !== location.url && (
            <span className="block font-mono text-sm break-all">
              <span aria-hidden="true">→ </span>
              <span className="sr-only">Redirected to </span>
              {source.finalUrl}
            </span>
          )}
        </aside>
      )}
    </>
  );
}

interface Served {
  /** The origin the data came from, when it is not this site's own. */
  foreignOrigin: string | null;
  /** The origin first asked, when a redirect led elsewhere. */
  redirectedFrom: string | null;
}

/** Before the data arrives only the requested address is known; afterwards the response's URL counts. */
function servedFrom(location: DatasetLocation, source: DatasetSource | null, pageOrigin: string): Served {
  if (!source) return { foreignOrigin: location.foreignOrigin, redirectedFrom: null };
  const requested = new URL(location.url).origin;
  const final = new URL(source.finalUrl).origin;
  return {
    foreignOrigin: final === pageOrigin ? null : final,
    redirectedFrom: source.redirected && final !== requested ? requested : null,
  };
}
