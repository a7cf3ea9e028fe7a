import { isoDayInWords } from './calendar-days.ts';
import type { DatasetModel } from './dataset-model.ts';
import { dateLocale } from './date-locale.ts';
import { formatRoundDate } from './round-date-words.ts';
import type { Dataset, Round } from './schema.ts';
import type { LanguageTranslations } from './translations-schema.ts';

/**
 * The model as a reader of `lang` sees it: every text the dataset translates into that language in place of
 * the original, the original wherever it does not (the dataset's own language is the fallback), and every date
 * worded again in the current date locale. Quotes and sources are left as published. The filter index is
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
      participants: round.participants.map((participant) =>
        participant.delegation
          ? {
              ...participant,
              delegation: participant.delegation.map((delegate) => {
                const position = delegate.position && own?.positions?.[delegate.person];
                return position ? { ...delegate, position } : delegate;
              }),
            }
          : participant,
      ),
      ...(round.sessions && {
        sessions: round.sessions.map((session, i) => {
          const local = own?.sessions?.[i];
          return {
            ...session,
            ...defined({ title: local?.title, summary: session.summary && local?.summary }),
          };
        }),
      }),
      ...(round.statements && {
        statements: round.statements.map((statement, i) => {
          // A quote keeps its wording; only the dataset's own paraphrase is translated.
          const paraphrase = statement.paraphrase && own?.statements?.[i];
          return paraphrase ? { ...statement, paraphrase } : statement;
        }),
      }),
      ...(round.disputes && {
        disputes: round.disputes.map((dispute, i) => {
          const local = own?.disputes?.[i];
          return {
            ...dispute,
            ...defined({ subject: local?.subject }),
            accounts: dispute.accounts.map((account, j) => ({
              ...account,
              ...defined({
                claim: local?.accounts?.[j]?.claim,
                attribution: local?.accounts?.[j]?.attribution,
              }),
            })),
          };
        }),
      }),
      ...(round.documents && {
        documents: round.documents.map((document, i) => {
          const note = document.note && own?.documents?.[i];
          return note ? { ...document, note } : document;
        }),
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
      const own = t.people?.[person.id];
      if (!own) return person;
      const positions = person.positions.map((position, i) => {
        const title = own.positions?.[i];
        return title ? { ...position, title } : position;
      });
      // The original spelling stays an alias, as readers may know the person by it.
      return own.name
        ? { ...person, positions, name: own.name, aliases: [person.name, ...(person.aliases ?? [])] }
        : { ...person, positions };
    }),
    parties: dataset.parties.map((party) => ({ ...party, ...defined(t.parties?.[party.id] ?? {}) })),
    topics: dataset.topics.map((topic) => ({ ...topic, ...defined(t.topics?.[topic.id] ?? {}) })),
    ...(dataset.documents
      ? {
          documents: dataset.documents.map((document) => {
            const own = t.documents?.[document.id];
            return {
              ...document,
              ...defined({ title: own?.title, summary: document.summary && own?.summary }),
              versions: document.versions.map((version) => {
                const local = own?.versions?.[version.id];
                return {
                  ...version,
                  ...defined({ label: local?.label, summary: version.summary && local?.summary }),
                };
              }),
            };
          }),
        }
      : {}),
    ...(dataset.stories
      ? {
          stories: dataset.stories.map((story) => {
            const own = t.stories?.[story.id];
            if (!own) return story;
            const passages = (original: typeof story.intro, texts: (string | null)[] | undefined) =>
              original.map((passage, i) => {
                const text = texts?.[i];
                return text ? { ...passage, text } : passage;
              });
            return {
              ...story,
              ...defined({ title: own.title }),
              intro: passages(story.intro, own.intro),
              steps: story.steps.map((step, i) => {
                const local = own.steps?.[i];
                return {
                  ...step,
                  ...defined({ heading: local?.heading }),
                  narrative: passages(step.narrative, local?.narrative ?? undefined),
                };
              }),
            };
          }),
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
