import { isoDayInWords } from './calendar-days.ts';
import type { DatasetModel } from './dataset-model.ts';
import { dateLocale } from './date-locale.ts';
import { formatRoundDate } from './round-date-words.ts';
import type { Dataset, Round } from './schema.ts';
import type { LanguageTranslations } from './translations-schema.ts';

/**
 * The model as a reader of `lang` sees it: every text the dataset translates into that language in place of
 * the original, the original wherever it does not (the dataset's own language is the fallback), and every date
 * worded again in the current date locale. Statements and sources are left as published. The filter index is
 * shared: it already holds every language's text, so search finds a round by either. Built once per language
 * change, so the views read localised strings and never look a translation up themselves.
 */
export function localiseModel(model: DatasetModel, lang: string): DatasetModel {
  const { dataset } = model;
  const t = dataset.translations?.[lang];
  if (!t && dateLocale().code === 'en') return model;
  const localise = localiser(t ?? {});
  const rounds = model.rounds.map(({ round, date }) => {
    const local = localise(round);
    return { round: local, date, dateText: formatRoundDate(date, local.dateLabel) };
  });
  // One localised object per round, in the dataset's own order as well as in time order.
  const byId = new Map(rounds.map((d) => [d.round.id, d.round]));
  const localised = localiseDataset(dataset, t ?? {}, (round) => byId.get(round.id) ?? localise(round));
  const { updated, coverage } = dataset.meta;
  const metaDates = {
    updated: isoDayInWords(updated),
    coverage: coverage ? { from: isoDayInWords(coverage.from), to: isoDayInWords(coverage.to) } : null,
  };
  return { ...model, dataset: localised, rounds, metaDates, original: dataset };
}

function localiser(t: LanguageTranslations): (round: Round) => Round {
  const place = (name: string | undefined) => (name === undefined ? undefined : (t.places?.[name] ?? name));
  return (round) => {
    const own = t.rounds?.[round.id];
    const location = round.location && {
      ...round.location,
      ...defined({
        city: place(round.location.city),
        country: place(round.location.country),
        venue: place(round.location.venue),
      }),
    };
    if (!own && !location) return round;
    return {
      ...round,
      ...defined({
        title: own?.title,
        shortTitle: round.shortTitle && own?.shortTitle,
        summary: round.summary && own?.summary,
        dateLabel: round.dateLabel && own?.dateLabel,
      }),
      ...(location ? { location } : {}),
      outcomes: round.outcomes.map((outcome, i) => {
        const summary = own?.outcomes?.[i];
        return summary ? { ...outcome, summary } : outcome;
      }),
    };
  };
}

function localiseDataset(
  dataset: Dataset,
  t: LanguageTranslations,
  localise: (round: Round) => Round,
): Dataset {
  const { meta } = dataset;
  return {
    ...dataset,
    meta: {
      ...meta,
      ...defined({ title: t.meta?.title, description: t.meta?.description }),
      ...(meta.coverage && t.meta?.coverageNote
        ? { coverage: { ...meta.coverage, note: t.meta.coverageNote } }
        : {}),
    },
    people: dataset.people.map((person) => {
      const name = t.people?.[person.id]?.name;
      // The original spelling stays an alias, as readers may know the person by it.
      return name ? { ...person, name, aliases: [person.name, ...(person.aliases ?? [])] } : person;
    }),
    parties: dataset.parties.map((party) => ({ ...party, ...defined(t.parties?.[party.id] ?? {}) })),
    topics: dataset.topics.map((topic) => ({ ...topic, ...defined(t.topics?.[topic.id] ?? {}) })),
    ...(dataset.documents
      ? {
          documents: dataset.documents.map((document) => ({
            ...document,
            ...defined({
              title: t.documents?.[document.id]?.title,
              summary: document.summary && t.documents?.[document.id]?.summary,
            }),
          })),
        }
      : {}),
    rounds: dataset.rounds.map(localise),
  };
}

/** The fields that have a value: with exactOptionalPropertyTypes, an undefined must not overwrite the original. */
function defined<T extends object>(fields: T): Partial<{ [K in keyof T]: Exclude<T[K], undefined> }> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined && value !== ''),
  ) as Partial<{
    [K in keyof T]: Exclude<T[K], undefined>;
  }>;
}
