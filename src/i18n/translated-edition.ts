/*
 * What a reader of another language needs besides its messages: the data localised and dates worded by Intl.
 * Fetched with that language's catalogue, so English readers, whose data and dates are as the worker made
 * them, never download it.
 */
export { intlDates } from '../domain/date-locale.ts';
export { localiseModel } from '../domain/localise-model.ts';
