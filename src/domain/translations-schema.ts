import { z } from './zod.ts';
import { englishProblemWords as words } from './problem-words.ts';

/*
 * Translations of a dataset's text into other languages: one optional top-level block, keyed by language, then
 * by the kind and id of what is translated. The data itself stays in its own language (meta.languages[0]); a
 * translation replaces a field's text for readers of that language, and a field it leaves out keeps the original.
 * Quotes keep their original wording and sources stay as published, so neither can be translated here;
 * paraphrases, which are the dataset's own words, can. Lists are translated element by element, in the
 * original's order (null leaves one element as it is).
 * validate-translations.ts checks what a schema cannot: known languages, ids and fields that exist.
 */

const text = z.string().trim().min(1, words.notEmpty);

const roundTranslation = z.strictObject({
  title: text.optional(),
  shortTitle: text.optional(),
  summary: text.optional(),
  dateLabel: text.optional(),
  /** The round's outcomes' summaries, in the round's order; null leaves one untranslated. */
  outcomes: z.array(text.nullable()).optional(),
  sessions: z
    .array(z.strictObject({ title: text.optional(), summary: text.optional() }).nullable())
    .optional(),
  disputes: z
    .array(
      z
        .strictObject({
          subject: text.optional(),
          accounts: z
            .array(z.strictObject({ claim: text.optional(), attribution: text.optional() }).nullable())
            .optional(),
        })
        .nullable(),
    )
    .optional(),
  /** The statements' paraphrases (a quote keeps its wording: null in its place). */
  statements: z.array(text.nullable()).optional(),
  /** Delegates' titles at this round (`position`), by person id. */
  positions: z.record(z.string(), text).optional(),
  /** The notes on the documents the round discussed, in the round's order. */
  documents: z.array(text.nullable()).optional(),
});

const storyTranslation = z.strictObject({
  title: text.optional(),
  intro: z.array(text.nullable()).optional(),
  steps: z
    .array(
      z.strictObject({ heading: text.optional(), narrative: z.array(text.nullable()).optional() }).nullable(),
    )
    .optional(),
});

const languageTranslations = z.strictObject({
  meta: z
    .strictObject({ title: text.optional(), description: text.optional(), coverageNote: text.optional() })
    .optional(),
  rounds: z.record(z.string(), roundTranslation).optional(),
  people: z
    .record(
      z.string(),
      z.strictObject({
        name: text.optional(),
        /** The titles of the person's positions, in the original's order. */
        positions: z.array(text.nullable()).optional(),
      }),
    )
    .optional(),
  parties: z
    .record(z.string(), z.strictObject({ name: text.optional(), shortName: text.optional() }))
    .optional(),
  topics: z
    .record(z.string(), z.strictObject({ label: text.optional(), description: text.optional() }))
    .optional(),
  /** Place names as the rounds write them (city, country or venue) and their translation. */
  places: z.record(z.string(), text).optional(),
  documents: z
    .record(
      z.string(),
      z.strictObject({
        title: text.optional(),
        summary: text.optional(),
        /** By version id. */
        versions: z
          .record(z.string(), z.strictObject({ label: text.optional(), summary: text.optional() }))
          .optional(),
      }),
    )
    .optional(),
  stories: z.record(z.string(), storyTranslation).optional(),
});

export const translationsSchema = z
  .record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, words.translationTag), languageTranslations)
  .describe(
    'Translations of the text into other languages, by language tag (listed in meta.languages), then by kind and id.',
  );

export type LanguageTranslations = z.infer<typeof languageTranslations>;
