import { dateLocale } from './date-locale.ts';
import type { Dataset } from './schema.ts';

/**
 * A place (a round's city, country or venue, as the rounds write it) in the interface's language: the dataset's
 * translation for that language, or the name as written. Like the date and vocabulary words, it follows the
 * language the catalogue switched to (date-locale.ts): the filters keep the written name as their value, in
 * links as in the index, and show this.
 */
export function placeName(dataset: Dataset, place: string): string {
  return dataset.translations?.[dateLocale().code]?.places?.[place] ?? place;
}
