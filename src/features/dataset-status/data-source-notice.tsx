import type { DatasetLocation } from '../../data-access/dataset-url.ts';

/**
 * Says which data the page shows when it is not the bundled dataset, so a Parley link cannot pass off
 * someone else's data as this site's own.
 */
export function DataSourceNotice({ location }: { location: DatasetLocation }) {
  if (location.rejected) {
    return (
      <p
        role="status"
        className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
      >
        {location.rejected} Showing the bundled dataset.
      </p>
    );
  }
  if (!location.custom) return null;
  return (
    <aside
      aria-label="Data source"
      className="mb-4 rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sky-950 dark:border-sky-700 dark:bg-sky-950/40 dark:text-sky-100"
    >
      {location.foreignOrigin ? (
        <>
          This page shows data from <strong className="break-all">{location.foreignOrigin}</strong>, not from
          this site. Parley does not check or endorse it.
        </>
      ) : (
        <>This page shows a dataset other than the one bundled with Parley.</>
      )}{' '}
      <span className="block font-mono text-sm break-all">{location.url}</span>
    </aside>
  );
}
