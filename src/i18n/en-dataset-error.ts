import { englishFailureWords } from '../data-access/failure-words.ts';

/**
 * The English of the views a failed or foreign dataset brings: why the dataset could not be loaded (with its
 * causes) and where the data on screen comes from. Bundled with those views, which are chunks of their own.
 * A dataset's problems are worded by en-problems.ts, as `npm run validate:data` words them.
 */
export const enDatasetError = {
  errorTitle: 'The dataset could not be loaded',
  errorAddress: 'Address: ',
  errorRedirected: 'Redirected to: ',
  errorCause: 'Cause: ',
  errorProblems: 'Problems found in the dataset',
  errorProblemList: 'Dataset problems',
  retry: 'Retry',
  retrying: 'Retrying…',
  showBundled: 'Show the bundled dataset instead',
  failure: englishFailureWords,

  // Where the data comes from
  sourceRejected: ' Showing the bundled dataset.',
  dataSource: 'Data source',
  foreignBefore: 'This page shows data from ',
  foreignAfter: ', not from this site. Parley does not check or endorse it.',
  otherDataset: 'This page shows a dataset other than the one bundled with Parley.',
  redirectedBefore: 'The address asked for, on ',
  redirectedAfter: ', redirected there.',
  redirectedTo: 'Redirected to ',
};
