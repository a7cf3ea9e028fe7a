import { dateLocale } from '../../domain/date-locale.ts';
import type { CitationAuthor, Meta } from '../../domain/schema.ts';

/** What a citation names besides the dataset: the view the reader cites and when they looked at it. */
export interface CitedView {
  /** The address of the view on screen (filters, period, selection). */
  url: string;
  /** The view's filters in words ("Place: Istanbul"), empty when it shows every round. */
  filters: readonly string[];
  accessed: Date;
  /** Key for BibTeX and CSL-JSON, e.g. the dataset's file slug. */
  key: string;
}

/** The parts every citation style draws on, with the dataset's defaults filled in. */
export interface CitationParts {
  authors: CitationAuthor[];
  title: string;
  year: string;
  version: string | undefined;
  publisher: string | undefined;
  doi: string | undefined;
  /** The dataset's own permanent address, when it has one. */
  datasetUrl: string | undefined;
}

/** The citation `meta` asks for; without one, the maintainer is the author and `updated` gives the year. */
export function citationParts(meta: Meta): CitationParts {
  const c = meta.citation;
  return {
    authors: c?.authors ?? [{ literal: meta.maintainer.name }],
    title: c?.title ?? meta.title,
    year: c?.year ?? meta.updated.slice(0, 4),
    version: meta.version,
    publisher: c?.publisher,
    doi: c?.doi,
    datasetUrl: c?.url,
  };
}

/** "2 December 2026", "2 грудня 2026": as the rest of Parley writes dates, in the page's language. */
export function dayInWords(date: Date): string {
  return `${date.getUTCDate()} ${dateLocale().monthsInDate[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

/** The few words of the formatted citation, in the page's language (en-export.ts). */
interface CitationWords {
  citeVersion: (version: string) => string;
  citeDataSet: string;
  citeRetrieved: (day: string, url: string) => string;
  citeView: (filters: string) => string;
}

const authorName = (a: CitationAuthor) =>
  a.literal ?? (a.given ? `${a.family ?? ''}, ${a.given}` : (a.family ?? ''));

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} & ${names.at(-1)!}`;
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * The citation as a reader pastes it into a text, in the shape APA gives data sets: authors, year, title,
 * version, "[Data set]", publisher, DOI, then the view's address and the access date.
 */
export function formattedCitation(parts: CitationParts, view: CitedView, words: CitationWords): string {
  const version = parts.version ? words.citeVersion(parts.version) : '';
  const pieces = [
    sentence(listNames(parts.authors.map(authorName))),
    `(${parts.year}).`,
    `${parts.title}${version} ${words.citeDataSet}.`,
  ];
  if (parts.publisher) pieces.push(sentence(parts.publisher));
  if (parts.doi) pieces.push(`https://doi.org/${parts.doi}`);
  else if (parts.datasetUrl) pieces.push(parts.datasetUrl);
  const shown = view.filters.length > 0 ? words.citeView(view.filters.join('; ')) : '';
  pieces.push(`${words.citeRetrieved(dayInWords(view.accessed), view.url)}${shown}`);
  return pieces.join(' ');
}

// Characters BibTeX or LaTeX would read as commands; the rest of Unicode is left to biber/biblatex.
const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
const bibtexText = (text: string) => text.replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_ESCAPES[c] ?? c);

const bibtexAuthor = (a: CitationAuthor) =>
  // Double braces keep an organisation's name whole instead of being split into first and last names.
  a.literal !== undefined ? `{${bibtexText(a.literal)}}` : bibtexText(authorName(a));

/** A BibTeX @misc entry (biblatex reads version, urldate and doi too); the title is braced to keep its case. */
export function bibtexCitation(parts: CitationParts, view: CitedView): string {
  const fields: [string, string][] = [
    ['author', parts.authors.map(bibtexAuthor).join(' and ')],
    ['title', `{${bibtexText(parts.title)}}`],
    ['year', parts.year],
  ];
  if (parts.version) fields.push(['version', bibtexText(parts.version)]);
  if (parts.publisher) fields.push(['publisher', bibtexText(parts.publisher)]);
  if (parts.doi) fields.push(['doi', parts.doi]);
  fields.push(['url', view.url], ['urldate', view.accessed.toISOString().slice(0, 10)]);
  const shown = view.filters.length > 0 ? ` View: ${view.filters.join('; ')}.` : '';
  fields.push(['note', bibtexText(`Data set.${shown}`)]);
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}},`).join('\n');
  return `@misc{${bibtexKey(view.key, parts.year)},\n${body}\n}`;
}

function bibtexKey(key: string, year: string): string {
  return `${key.replace(/[^A-Za-z0-9-]/g, '-')}-${year}`;
}

/** CSL-JSON (the format of Zotero, Mendeley and pandoc): one "dataset" item, as an array. */
export function cslJsonCitation(parts: CitationParts, view: CitedView): string {
  const a = view.accessed;
  const item: Record<string, unknown> = {
    id: bibtexKey(view.key, parts.year),
    type: 'dataset',
    title: parts.title,
    author: parts.authors.map((x) =>
      x.literal !== undefined
        ? { literal: x.literal }
        : { family: x.family, ...(x.given ? { given: x.given } : {}) },
    ),
    issued: { 'date-parts': [[Number(parts.year)]] },
    accessed: { 'date-parts': [[a.getUTCFullYear(), a.getUTCMonth() + 1, a.getUTCDate()]] },
    ...(parts.version ? { version: parts.version } : {}),
    ...(parts.publisher ? { publisher: parts.publisher } : {}),
    ...(parts.doi ? { DOI: parts.doi } : {}),
    URL: view.url,
    ...(view.filters.length > 0 ? { note: `View: ${view.filters.join('; ')}` } : {}),
  };
  return JSON.stringify([item], null, 2);
}
