import { citationParts, dayInWords } from '../../features/export/citation-formats.ts';
import { datasetSubset } from '../../features/export/dataset-subset.ts';
import type { ExportFormat } from '../../features/export/export-formats.ts';
import { datasetSlug, exportFileName } from '../../features/export/export-file-name.ts';
import { pictureSvg } from '../../features/export/picture-svg.ts';
import { roundsCsv } from '../../features/export/rounds-csv.ts';
import { saveFile } from '../../features/export/save-file.ts';
import { svgToPng } from '../../features/export/svg-to-png.ts';
import type { ExportWords } from '../../i18n/en-export.ts';
import type { ExportView } from './export-view.ts';
import { pictureFromView } from './picture-from-view.ts';

/**
 * Builds the file the reader asked for from the view on screen and hands it to the browser's download.
 * Loaded on demand (dynamic import): none of this is in the first page load. Returns the file name. The
 * picture's lines and the JSON's note are in `words` (the page's language); the CSV's column names are not
 * words but a format, the same in every language.
 */
export async function runExport(
  format: ExportFormat,
  view: ExportView,
  words: ExportWords,
  now = new Date(),
): Promise<string> {
  const name = (extension: string, what?: string) =>
    exportFileName({
      slug: datasetSlug(view.datasetUrl, view.dataset.meta.title),
      words,
      filters: view.filterValues,
      ...(what ? { what } : {}),
      date: now,
      extension,
    });
  switch (format) {
    case 'csv': {
      const file = name('csv');
      saveFile(
        file,
        roundsCsv(view.dataset, view.matches, (id) => roundUrl(view.url, id)),
        'text/csv;charset=utf-8',
      );
      return file;
    }
    case 'json': {
      const file = name('json');
      // Indented for reading and diffing, except for large selections, where indenting doubles the size.
      const indent = view.matches.length <= 2_000 ? 2 : undefined;
      saveFile(file, `${JSON.stringify(subsetFor(view, words, now), null, indent)}\n`, 'application/json');
      return file;
    }
    case 'svg':
    case 'png': {
      const { svg, width, height } = pictureSvg(pictureFromView(view, creditFor(view, words, now), words));
      const file = name(format, words.fileTimeline);
      if (format === 'svg') saveFile(file, svg, 'image/svg+xml');
      else saveFile(file, await svgToPng(svg, width, height, 2), 'image/png');
      return file;
    }
  }
}

function roundUrl(viewUrl: string, id: string): string {
  const url = new URL(viewUrl);
  url.searchParams.set('round', id);
  return url.href.replaceAll('%2C', ',');
}

/** The rounds in view as a dataset of their own, saying where it came from and what it leaves out. */
function subsetFor(view: ExportView, words: ExportWords, now: Date) {
  const { dataset, droppedRelations } = datasetSubset(
    view.dataset,
    new Set(view.matches.map((d) => d.round.id)),
  );
  const scope = view.filterLabels.join('; ');
  const dropped = droppedRelations > 0 ? words.jsonDropped(droppedRelations) : '';
  return {
    ...dataset,
    $schema: new URL('schema/parley-dataset.schema.json', document.baseURI).href,
    meta: {
      ...dataset.meta,
      description:
        `${dataset.meta.description} ` +
        words.jsonNote(view.matches.length, view.totalRounds, scope, dayInWords(now), view.url) +
        dropped,
    },
  };
}

function creditFor(view: ExportView, words: ExportWords, now: Date) {
  const meta = view.dataset.meta;
  const parts = citationParts(meta);
  return {
    source: words.pictureSource(
      meta.maintainer.name,
      parts.title,
      parts.version ?? '',
      meta.licence,
      view.url,
    ),
    made: words.pictureMade(dayInWords(now)),
  };
}
