import type { Dataset } from './schema.ts';
import { formatPath, type ValidationIssue } from './validation-issue.ts';

type Path = readonly (string | number)[];

/**
 * Checks a dataset's translations against the data they translate: each language is one the dataset lists in
 * meta.languages (and not its own, the first), each id exists, and no field is translated that has no original
 * (a short title for a round without one, the fifth outcome of a round with four). Never throws.
 */
export function validateTranslations(dataset: Dataset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const report = (path: Path, message: string) => issues.push({ path: formatPath(path), message });
  const [own, ...others] = dataset.meta.languages;
  const rounds = new Map(dataset.rounds.map((r) => [r.id, r]));
  const parties = new Map(dataset.parties.map((p) => [p.id, p]));
  const topics = new Set(dataset.topics.map((t) => t.id));
  const documents = new Map((dataset.documents ?? []).map((d) => [d.id, d]));
  const people = new Set(dataset.people.map((p) => p.id));
  const places = new Set(
    dataset.rounds.flatMap((r) => [r.location?.city, r.location?.country, r.location?.venue]),
  );

  for (const [lang, t] of Object.entries(dataset.translations ?? {})) {
    const at = ['translations', lang];
    if (lang === own) {
      report(
        at,
        `"${lang}" is the dataset's own language (meta.languages[0]): its text needs no translation`,
      );
      continue;
    }
    if (!others.includes(lang)) {
      report(
        at,
        `unknown language "${lang}": list it in meta.languages (now: ${dataset.meta.languages.join(', ')})`,
      );
    }
    const unknown = (kind: string, id: string, noun: string) =>
      report([...at, kind, id], `unknown ${noun} "${id}": there is no ${noun} with this id to translate`);
    const noOriginal = (path: Path, field: string) =>
      report(path, `translates ${field}, which the original does not have`);

    const meta = t.meta;
    if (meta?.coverageNote && !dataset.meta.coverage?.note)
      noOriginal([...at, 'meta', 'coverageNote'], 'the coverage note');
    for (const [id, round] of Object.entries(t.rounds ?? {})) {
      const original = rounds.get(id);
      if (!original) {
        unknown('rounds', id, 'round');
        continue;
      }
      const path = [...at, 'rounds', id];
      for (const field of ['shortTitle', 'summary', 'dateLabel'] as const) {
        if (round[field] !== undefined && original[field] === undefined) noOriginal([...path, field], field);
      }
      round.outcomes?.forEach((summary, i) => {
        if (summary === null) return;
        if (i >= original.outcomes.length)
          report(
            [...path, 'outcomes', i],
            `translates outcome ${i + 1}, but the round has ${original.outcomes.length}`,
          );
      });
    }
    for (const id of Object.keys(t.people ?? {})) if (!people.has(id)) unknown('people', id, 'person');
    for (const id of Object.keys(t.parties ?? {})) if (!parties.has(id)) unknown('parties', id, 'party');
    for (const id of Object.keys(t.topics ?? {})) if (!topics.has(id)) unknown('topics', id, 'topic');
    for (const [id, document] of Object.entries(t.documents ?? {})) {
      const original = documents.get(id);
      if (!original) unknown('documents', id, 'document');
      else if (document.summary !== undefined && original.summary === undefined)
        noOriginal([...at, 'documents', id, 'summary'], 'summary');
    }
    for (const place of Object.keys(t.places ?? {})) {
      if (!places.has(place))
        report([...at, 'places', place], `no round is held at "${place}" (city, country or venue)`);
    }
  }
  return issues;
}
