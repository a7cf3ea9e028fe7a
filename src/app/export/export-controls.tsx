import { CiteButton } from '../../features/export/cite-button.tsx';
import { DownloadButton } from '../../features/export/download-button.tsx';
import type { ExportFormat } from '../../features/export/export-formats.ts';
import type { ExportWords } from '../../i18n/en-export.ts';
import type { ExportView } from './export-view.ts';

/** Download and Cite for the view on screen; the view is read at the moment the reader asks. */
export function ExportControls({ view }: { view: () => ExportView }) {
  const download = async (format: ExportFormat, words: ExportWords) => {
    // The code that makes files is a separate chunk, fetched on the first download.
    const { runExport } = await import('./run-export.ts');
    // Let "Preparing…" paint before the work, which holds the page for a moment with tens of thousands of rounds.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return runExport(format, view(), words);
  };
  const cite = () => {
    const v = view();
    return {
      meta: v.dataset.meta,
      url: v.url,
      filters: v.filterLabels,
      accessed: new Date(),
      datasetUrl: v.datasetUrl,
    };
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <DownloadButton onDownload={download} />
      <CiteButton view={cite} />
    </div>
  );
}
