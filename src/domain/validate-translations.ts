import type { Dataset } from './schema.ts';
import { problem, type Problem } from './problem.ts';
import type { IdNoun, TranslatedField, TranslatedItem } from './problem-words.ts';
import { formatPath, issueAt, type ValidationIssue } from './validation-issue.ts';

type Path = readonly (string | number)[];

/**
 * Checks a dataset's translations against the data they translate: each language is one the dataset lists in
 * meta.languages (and not its own, the first), each id exists, and no field is translated that has no original
 * (a short title for a round without one, the fifth outcome of a round with four). Never throws.
 */
export function validateTranslations(dataset: Dataset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // The lookups below cost a pass over every round, which a dataset without translations need not pay.
  if (dataset.translations === undefined || Object.keys(dataset.translations).length === 0) return issues;
  const report = (path: Path, found: Problem) => issues.push(issueAt(formatPath(path), found));
  const [own, ...others] = dataset.meta.languages;
  const rounds = new Map(dataset.rounds.map((r) => [r.id, r]));
  const parties = new Map(dataset.parties.map((p) => [p.id, p]));
  const topics = new Set(dataset.topics.map((t) => t.id));
  const documents = new Map((dataset.documents ?? []).map((d) => [d.id, d]));
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const stories = new Map((dataset.stories ?? []).map((s) => [s.id, s]));
  const places = new Set(
    dataset.rounds.flatMap((r) => [r.location?.city, r.location?.country, r.location?.venue]),
  );

  for (const [lang, t] of Object.entries(dataset.translations)) {
    const at = ['translations', lang];
    if (lang === own) {
      report(at, problem('ownLanguage', lang));
      continue;
    }
    if (!others.includes(lang)) {
      report(at, problem('unknownLanguage', lang, dataset.meta.languages.join(', ')));
    }
    const unknown = (kind: string, id: string, noun: IdNoun) =>
      report([...at, kind, id], problem('nothingToTranslate', noun, id));
    const noOriginal = (path: Path, field: TranslatedField) => report(path, problem('noOriginal', field));

    const meta = t.meta;
    if (meta?.coverageNote && !dataset.meta.coverage?.note)
      noOriginal([...at, 'meta', 'coverageNote'], 'coverageNote');
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
      const beyond = (
        field: string,
        noun: TranslatedItem,
        list: readonly unknown[] | undefined,
        count: number,
      ) =>
        list?.forEach((item, i) => {
          if (item !== null && i >= count)
            report([...path, field, i], problem('beyondOriginal', noun, i + 1, 'round', count));
        });
      beyond('outcomes', 'outcome', round.outcomes, original.outcomes.length);
      beyond('sessions', 'session', round.sessions, original.sessions?.length ?? 0);
      beyond('disputes', 'dispute', round.disputes, original.disputes?.length ?? 0);
      beyond('statements', 'statement', round.statements, original.statements?.length ?? 0);
      beyond('documents', 'documentNote', round.documents, original.documents?.length ?? 0);
      round.sessions?.forEach((session, i) => {
        const own = original.sessions?.[i];
        if (session?.summary !== undefined && own && own.summary === undefined)
          noOriginal([...path, 'sessions', i, 'summary'], 'sessionSummary');
      });
      round.disputes?.forEach((dispute, i) => {
        const own = original.disputes?.[i];
        dispute?.accounts?.forEach((account, j) => {
          if (account !== null && own && j >= own.accounts.length)
            report(
              [...path, 'disputes', i, 'accounts', j],
              problem('beyondOriginal', 'account', j + 1, 'dispute', own.accounts.length),
            );
        });
      });
      round.statements?.forEach((paraphrase, i) => {
        if (paraphrase !== null && original.statements?.[i]?.quote !== undefined)
          report([...path, 'statements', i], problem('quoteTranslated'));
      });
      round.documents?.forEach((note, i) => {
        const own = original.documents?.[i];
        if (note !== null && own && own.note === undefined)
          noOriginal([...path, 'documents', i], 'documentNote');
      });
      const titled = new Set(
        original.participants.flatMap((p) =>
          (p.delegation ?? []).filter((d) => d.position).map((d) => d.person),
        ),
      );
      for (const person of Object.keys(round.positions ?? {}))
        if (!titled.has(person))
          report([...path, 'positions', person], problem('noDelegatePosition', person));
    }
    for (const [id, person] of Object.entries(t.people ?? {})) {
      const original = people.get(id);
      if (!original) unknown('people', id, 'person');
      else
        person.positions?.forEach((title, i) => {
          if (title !== null && i >= original.positions.length)
            report(
              [...at, 'people', id, 'positions', i],
              problem('beyondOriginal', 'position', i + 1, 'person', original.positions.length),
            );
        });
    }
    for (const id of Object.keys(t.parties ?? {})) if (!parties.has(id)) unknown('parties', id, 'party');
    for (const id of Object.keys(t.topics ?? {})) if (!topics.has(id)) unknown('topics', id, 'topic');
    for (const [id, document] of Object.entries(t.documents ?? {})) {
      const original = documents.get(id);
      if (!original) {
        unknown('documents', id, 'document');
        continue;
      }
      if (document.summary !== undefined && original.summary === undefined)
        noOriginal([...at, 'documents', id, 'summary'], 'summary');
      for (const [version, translated] of Object.entries(document.versions ?? {})) {
        const own = original.versions.find((v) => v.id === version);
        if (!own)
          report([...at, 'documents', id, 'versions', version], problem('unknownVersionOf', version, id));
        else if (translated.summary !== undefined && own.summary === undefined)
          noOriginal([...at, 'documents', id, 'versions', version, 'summary'], 'summary');
      }
    }
    for (const [id, story] of Object.entries(t.stories ?? {})) {
      const original = stories.get(id);
      if (!original) {
        unknown('stories', id, 'story');
        continue;
      }
      const path = [...at, 'stories', id];
      story.intro?.forEach((text, i) => {
        if (text !== null && i >= original.intro.length)
          report(
            [...path, 'intro', i],
            problem('beyondOriginal', 'paragraph', i + 1, 'intro', original.intro.length),
          );
      });
      story.steps?.forEach((step, i) => {
        const own = original.steps[i];
        if (step !== null && !own)
          report(
            [...path, 'steps', i],
            problem('beyondOriginal', 'step', i + 1, 'story', original.steps.length),
          );
        step?.narrative?.forEach((text, j) => {
          if (text !== null && own && j >= own.narrative.length)
            report(
              [...path, 'steps', i, 'narrative', j],
              problem('beyondOriginal', 'paragraph', j + 1, 'step', own.narrative.length),
            );
        });
      });
    }
    for (const place of Object.keys(t.places ?? {})) {
      if (!places.has(place)) report([...at, 'places', place], problem('unknownPlace', place));
    }
  }
  return issues;
}
