import { formatBytes } from '../utils/format-bytes.ts';
import { enNumber } from './en-number.ts';

/**
 * The English of the small pieces around the views, which the first load carries (so it is kept short): the
 * loading view, a lazy part that failed to arrive, the credit line, Copy, the embed's way out, the story
 * launcher and the Download and Cite buttons. Their dialogs' and menus' words load with them (en-story.ts,
 * en-export.ts, en-dataset-error.ts).
 */
export const enStatus = {
  // Loading the dataset
  loadingDataset: 'Loading the dataset',
  loadingFrom: 'Loading the dataset from ',
  loadingProgress: 'Dataset loading progress',
  downloading: 'Downloading…',
  readingFile: 'Reading the file…',
  checkingRounds: (done: number, total: number) => `Checking ${enNumber(done)} of ${enNumber(total)} rounds`,
  indexingRounds: (total: number) => `Dating and indexing ${enNumber(total)} rounds…`,
  bytes: formatBytes,
  receivedOf: (received: string, total: string, percent: number) =>
    `${received} of ${total} received (${percent}%)`,
  received: (received: string) => `${received} received`,
  loadingEditor: 'Loading the editor…',
  loadFailed: 'The dataset could not be loaded…',

  // A part of the page that could not be fetched, and the names of the parts
  partFailed: (what: string, cause: string) =>
    `Parley could not load ${what} (${cause}). Reloading the page may help.`,
  partSourceNotice: 'the notice saying where this data comes from',
  partEditor: 'the editor',
  partError: (url: string) => `the explanation of why the dataset at ${url} could not be loaded`,
  partStory: 'the story',
  partStoryButtons: 'the buttons that start a story',
  partExportButtons: 'the Download and Cite buttons',
  partDownloadMenu: 'the download menu',
  partCiteDialog: 'the citation dialog',
  partEmbedCode: 'the embed code',
  partFilters: 'the filters',
  partLegend: 'the legend',
  partEmbedHeader: 'the title and the credit line',
  partList: 'the list of rounds',
  partEmptyResult: 'the explanation of why no round matches',
  partLinkNotices: 'the notices about this link',
  partDetails: 'the details of the round',
  partDocument: 'the document',

  // The credit line, the same in the app and an embed
  creditData: 'Data:',
  creditLicence: 'Licence:',
  creditUpdated: 'Updated',
  madeWith: 'Made with Parley',

  copyBlocked: 'Copying was blocked by the browser: select the text and copy it by hand.',
  openInParley: 'Open in Parley',
  newTab: ' (opens in a new tab)',
  story: 'Story',
  download: 'Download',
  cite: 'Cite',
  // The menu item's words, lowercased mid-sentence: "Preparing timeline image (png)…".
  preparing: (what: string) => `Preparing ${String(what).toLowerCase()}…`,
  downloaded: (file: string) => `Downloaded ${file}`,
  downloadFailed: (cause: string) => `Could not make the file: ${cause}`,
};
