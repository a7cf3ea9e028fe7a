import type { DatasetLocation } from '../../data-access/dataset-url.ts';
import { useDatasetSource, type DatasetSource } from '../../data-access/download-status.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enDatasetError } from '../../i18n/en-dataset-error.ts';

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
  const t = useMessages(enDatasetError);
  return (
    <>
      {location.rejected && (
        <p role="status" className={NOTICE_STYLE}>
          {location.rejected}
          {t.sourceRejected}
        </p>
      )}
      {location.limitsNotice && (
        <p role="status" className={NOTICE_STYLE}>
          {location.limitsNotice}
        </p>
      )}
      {(location.custom || served.foreignOrigin) && (
        <aside
          aria-label={t.dataSource}
          className="mb-4 rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sky-950 dark:border-sky-700 dark:bg-sky-950/40 dark:text-sky-100"
        >
          {served.foreignOrigin ? (
            <>
              {t.foreignBefore}
              <strong className="break-all">{served.foreignOrigin}</strong>
              {t.foreignAfter}
            </>
          ) : (
            <>{t.otherDataset}</>
          )}
          {served.redirectedFrom && (
            <>
              {' '}
              {t.redirectedBefore}
              <span className="break-all">{served.redirectedFrom}</span>
              {t.redirectedAfter}
            </>
          )}{' '}
          <span className="block font-mono text-sm break-all">{location.url}</span>
          {source?.redirected && source.finalUrl !== location.url && (
            <span className="block font-mono text-sm break-all">
              <span aria-hidden="true">→ </span>
              <span className="sr-only">{t.redirectedTo}</span>
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
