import type { ExportWords } from '../../i18n/en-export.ts';

/** Lower-case ASCII words joined by hyphens: "Çırağan Palace" → "ciragan-palace"; letters of other scripts stay whole. */
export function slugWords(text: string): string {
  return (
    text
      .normalize('NFD')
      // Accents go from Latin letters only: the breve of Cyrillic "й" is part of the letter.
      .replace(/([A-Za-z])\p{M}+/gu, '$1')
      .normalize('NFC')
      .replace(/ı/g, 'i')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
  );
}

/** The dataset's name for files: its file name without ".json", or its title when the address has none. */
export function datasetSlug(datasetUrl: string, title: string): string {
  const file = new URL(datasetUrl).pathname.split('/').at(-1) ?? '';
  const name = slugWords(decodeURIComponent(file).replace(/\.json$/i, ''));
  return name || slugWords(title) || 'parley';
}

// Long enough for two or three filters, short enough for every file system and a readable download bar.
const MAX_FILTER_PART = 60;

export interface FileNameParts {
  slug: string;
  /** The file name's own words, in the reader's language (no English default: they would stay English). */
  words: Pick<ExportWords, 'fileAllRounds' | 'fileAndMore'>;
  /** The active filters' values in words ("Istanbul", "Ceasefire"); empty for every round. */
  filters: readonly string[];
  /** What the file holds beyond rounds, e.g. "timeline" for an image. */
  what?: string;
  date: Date;
  extension: string;
}

/** "russia-ukraine-talks_istanbul_2026-12-02.csv": dataset, filters in words, (what,) the day of the export. */
export function exportFileName({ slug, words, filters, what, date, extension }: FileNameParts): string {
  let filterPart = filters.map(slugWords).filter(Boolean).join('_') || slugWords(words.fileAllRounds);
  if (filterPart.length > MAX_FILTER_PART) {
    filterPart = `${filterPart.slice(0, MAX_FILTER_PART).replace(/[-_][^-_]*$/, '')}_${slugWords(words.fileAndMore)}`;
  }
  const parts = [slug, filterPart, ...(what ? [slugWords(what)] : []), date.toISOString().slice(0, 10)];
  return `${parts.join('_')}.${extension}`;
}
