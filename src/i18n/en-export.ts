import { enNumber } from './en-number.ts';

/**
 * The English of the Download menu, the Cite dialog, the timeline picture (PNG, SVG) and the print view,
 * bundled with them: none of it is in the first load. The CSV's column names are not here: they are a file
 * format (formulas and scripts refer to them), the same in every language.
 */

export const enExport = {
  formatCsv: 'Rounds as CSV (spreadsheet)',
  formatJson: 'Rounds as JSON (Parley dataset)',
  formatPng: 'Timeline image (PNG)',
  formatSvg: 'Timeline image (SVG)',

  // The Cite dialog
  citeTitle: 'Cite this view',
  citeClose: 'Close',
  citeAbout: (version: string, filters: string, day: string) =>
    `The citation names the dataset${version ? `, its version (${version})` : ''}, the address of the view on screen${
      filters ? ` (${filters})` : ''
    } and today’s date, ${day}, as the access date.`,
  citeAddress: 'Address of this view',
  citation: 'Citation',
  copyCitation: 'Copy citation',
  citationCopied: 'Citation copied',
  copyBibtex: 'Copy BibTeX',
  bibtexCopied: 'BibTeX copied',
  copyCsl: 'Copy CSL-JSON',
  cslCopied: 'CSL-JSON copied',
  /** The formatted citation's own words (APA for data sets); BibTeX and CSL-JSON are formats, not prose. */
  citeVersion: (version: string) => ` (Version ${version})`,
  citeDataSet: '[Data set]',
  citeRetrieved: (day: string, url: string) => `Retrieved ${day}, from ${url}`,
  citeView: (filters: string) => ` (view: ${filters})`,

  // The picture's lines over and under the timeline
  pictureScope: (filters: string, shown: number, total: number) =>
    `${filters} — ${enNumber(shown)} of ${enNumber(total)} rounds`,
  pictureAll: (total: number) => `All ${enNumber(total)} rounds`,
  picturePeriod: (from: string, to: string) => `Showing ${from} to ${to}`,
  pictureLanes: (period: string, lanes: string) => `${period} · lanes: ${lanes}`,
  pictureLaneWords: { table: 'who sits at the table', place: 'place', topic: 'topic' },
  pictureFolded: (count: number) => ` · ${enNumber(count)} more, zoom in`,
  pictureSource: (maintainer: string, title: string, version: string, licence: string, url: string) =>
    `Source: ${maintainer}, ${title}${version ? `, version ${version}` : ''} (${licence}). ${url}`,
  pictureMade: (day: string) => `Made with Parley · ${day}`,

  // The JSON file's note on what it holds
  jsonNote: (shown: number, total: number, scope: string, day: string, url: string) =>
    `This file holds ${enNumber(shown)} of its ${enNumber(total)} rounds${scope ? ` (${scope})` : ''}, exported from Parley on ${day} from ${url}.`,
  jsonDropped: (count: number) =>
    ` ${enNumber(count)} link${count === 1 ? '' : 's'} to rounds outside the selection ${count === 1 ? 'was' : 'were'} left out.`,

  // Paper
  printedTimeline: 'Printed timeline',
  printImage: (count: number) =>
    `Timeline of ${enNumber(count)} rounds over the whole period, with its legend`,
  printCaption: (count: number) => `${enNumber(count)} ${count === 1 ? 'round' : 'rounds'} in view`,
  printColumns: { date: 'Date', round: 'Round', place: 'Place', outcome: 'Outcome' },
  printSource: (url: string) => `Source: ${url}`,
  printedFrom: 'Printed from Parley',

  // Words in the names of downloaded files, where they become lower-case words joined by hyphens
  // ("talks_all-rounds_timeline_2026-12-05.png"); the filters in them are worded as the view shows them.
  fileAllRounds: 'all rounds',
  fileAndMore: 'and more',
  fileTimeline: 'timeline',
};

export type ExportWords = typeof enExport;
