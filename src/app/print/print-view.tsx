import { outcomeStyles } from '../../components/outcome-badge-style.ts';
import { overallStatus, placeText } from '../../domain/round-summary.ts';
import { vocabularyLabels } from '../../domain/vocabulary-labels.ts';
import { pictureSvg } from '../../features/export/picture-svg.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enExport } from '../../i18n/en-export.ts';
import type { ExportView } from '../export/export-view.ts';
import { pictureFromView } from '../export/picture-from-view.ts';

/** The drawing width of the printed timeline in CSS pixels; the image is then scaled to the page's width. */
const PRINT_WIDTH = 960;

/**
 * What paper shows instead of the interactive timeline: the whole period drawn at page width, in the light
 * theme, with its legend (the export picture's, so print and image agree), then a table of the rounds in view
 * with their dates, places and outcomes. Rendered only while printing (usePrinting).
 */
export function PrintView({ readView }: { readView: () => ExportView }) {
  // Computed on each render, which happens only while printing.
  const view = readView();
  const t = useMessages(enExport);
  const columns = [t.printColumns.date, t.printColumns.round, t.printColumns.place, t.printColumns.outcome];
  const image = (() => {
    const picture = pictureFromView(
      { ...view, window: null, dark: false, selectedId: null, width: PRINT_WIDTH },
      { source: t.printSource(view.url), made: t.printedFrom },
      t,
    );
    const { svg, width, height } = pictureSvg(picture);
    return { src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, width, height };
  })();
  return (
    <section aria-label={t.printedTimeline} className="hidden text-black print:block">
      <img
        src={image.src}
        width={image.width}
        height={image.height}
        alt={t.printImage(view.matches.length)}
        className="h-auto w-full"
      />
      <table className="mt-4 w-full border-collapse text-left text-xs">
        <caption className="mb-1 text-left text-sm font-semibold">
          {t.printCaption(view.matches.length)}
        </caption>
        <thead>
          <tr className="border-b border-slate-400">
            {columns.map((heading) => (
              <th key={heading} scope="col" className="py-1 pr-3 font-semibold">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.matches.map(({ round, dateText }) => {
            const status = overallStatus(round);
            return (
              <tr key={round.id} className="break-inside-avoid border-b border-slate-200 align-top">
                <td className="py-1 pr-3 whitespace-nowrap">{dateText}</td>
                <th scope="row" className="py-1 pr-3 font-medium">
                  {round.title}
                </th>
                <td className="py-1 pr-3">{placeText(round) || '—'}</td>
                <td className="py-1">
                  {status
                    ? `${outcomeStyles[status].glyph} ${vocabularyLabels().outcomeStatus[status]}`
                    : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
