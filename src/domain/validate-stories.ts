import { DAY_MS, dayStart, isCalendarDay } from './calendar-days.ts';
import { formatRoundDate, tryParseEdtf } from './dates.ts';
import { filterRounds, type FilterIndex } from './filter-rounds.ts';
import { buildFilterIndex, filterValues } from './build-filter-index.ts';
import type { Dataset, Passage, StoryView } from './schema.ts';
import { storyStepFilters } from './story-filters.ts';
import { knownIds, unknownId } from './known-ids.ts';
import { problem, type Problem } from './problem.ts';
import type { IdNoun } from './problem-words.ts';
import { formatPath, issueAt, type ValidationIssue } from './validation-issue.ts';

type Path = readonly (string | number)[];

/**
 * Checks the stories of a dataset that passed the schema: unique ids, cited sources that exist, and views
 * that can be shown — a known round, real days in order, filter values the dataset knows, and a selected
 * round that the step's own window and filters do not hide. Returns every issue; never throws.
 */
export function validateStories(dataset: Dataset): ValidationIssue[] {
  const stories = dataset.stories ?? [];
  if (stories.length === 0) return [];
  const issues: ValidationIssue[] = [];
  const report = (path: Path, found: Problem) => issues.push(issueAt(formatPath(path), found));
  const known = (noun: IdNoun, ids: readonly string[]) => {
    const set = new Set(ids);
    return (id: string, path: Path) => {
      if (!set.has(id)) report(path, unknownId(noun, id, knownIds(set)));
      return set.has(id);
    };
  };
  const source = known(
    'source',
    dataset.sources.map((s) => s.id),
  );
  const round = known(
    'round',
    dataset.rounds.map((r) => r.id),
  );
  const topic = known(
    'topic',
    dataset.topics.map((t) => t.id),
  );
  const party = known(
    'party',
    dataset.parties.map((p) => p.id),
  );
  const person = known(
    'person',
    dataset.people.map((p) => p.id),
  );
  const place = known('place', [
    ...new Set(dataset.rounds.flatMap((r) => (r.location?.city ? [r.location.city] : []))),
  ]);
  const shown = roundVisibility(dataset);

  const cite = (passages: readonly Passage[], path: Path) =>
    passages.forEach((p, i) => p.sources.forEach((id, s) => source(id, [...path, i, 'sources', s])));

  const checkView = (view: StoryView, path: Path) => {
    let valid = true;
    if (view.round !== undefined) valid = round(view.round, [...path, 'round']) && valid;
    if (view.window) {
      const { start, end } = view.window;
      valid = day(start, [...path, 'window', 'start']) && day(end, [...path, 'window', 'end']) && valid;
      if (valid && end < start) {
        report([...path, 'window', 'end'], problem('periodBackwards', end, start));
        valid = false;
      }
    }
    const f = view.filters;
    if (f) {
      f.topics?.forEach((id, i) => (valid = topic(id, [...path, 'filters', 'topics', i]) && valid));
      f.parties?.forEach((id, i) => (valid = party(id, [...path, 'filters', 'parties', i]) && valid));
      f.people?.forEach((id, i) => (valid = person(id, [...path, 'filters', 'people', i]) && valid));
      f.places?.forEach((name, i) => (valid = place(name, [...path, 'filters', 'places', i]) && valid));
      if (f.from !== undefined) valid = day(f.from, [...path, 'filters', 'from']) && valid;
      if (f.to !== undefined) valid = day(f.to, [...path, 'filters', 'to']) && valid;
      if (valid && f.from !== undefined && f.to !== undefined && f.to < f.from) {
        report([...path, 'filters', 'to'], problem('rangeBackwards', f.to, f.from));
        valid = false;
      }
    }
    // Only a view whose parts are all valid can be asked whether it hides its own round.
    if (valid && view.round !== undefined) {
      const problem = shown(view);
      if (problem) report([...path, 'round'], problem);
    }
  };
  const day = (value: string, path: Path) => {
    const ok = isCalendarDay(value);
    if (!ok) report(path, problem('notCalendarDay', JSON.stringify(value)));
    return ok;
  };

  const first = new Map<string, number>();
  stories.forEach((story, s) => {
    const path = ['stories', s];
    const earlier = first.get(story.id);
    if (earlier === undefined) first.set(story.id, s);
    else report([...path, 'id'], problem('duplicateId', story.id, formatPath(['stories', earlier])));
    cite(story.intro, [...path, 'intro']);
    story.steps.forEach((step, t) => {
      cite(step.narrative, [...path, 'steps', t, 'narrative']);
      if (step.view) checkView(step.view, [...path, 'steps', t, 'view']);
    });
  });
  return issues;
}

/**
 * A check of whether a step's selected round is visible in the step's own window and filters. Only that round
 * is dated and indexed: filters match round by round, and indexing every round's text for each step would make
 * a dataset with stories several times slower to validate. A round whose date does not parse is skipped here
 * (the reference checks report it).
 */
function roundVisibility(dataset: Dataset): (view: StoryView) => Problem | null {
  const byId = new Map(dataset.rounds.map((r) => [r.id, r]));
  // The values the filters offer are the dataset's (every round's city, sorted): taken once, when a step first
  // has filters, not for each step.
  let values: FilterIndex['values'] | undefined;
  return (view) => {
    const round = view.round === undefined ? undefined : byId.get(view.round);
    const parsed = round ? tryParseEdtf(round.date) : undefined;
    if (!round || !parsed?.ok) return null;
    const target = { round, date: parsed.date, dateText: formatRoundDate(parsed.date, round.dateLabel) };
    if (view.window) {
      const start = dayStart(view.window.start);
      const end = dayStart(view.window.end) + DAY_MS - 1;
      if (target.date.end.getTime() < start || target.date.start.getTime() > end) {
        return problem(
          'roundOutsidePeriod',
          round.id,
          target.dateText,
          round.date,
          view.window.start,
          view.window.end,
        );
      }
    }
    if (
      view.filters &&
      filterRounds(
        buildFilterIndex(dataset, [target], (values ??= filterValues(dataset))),
        storyStepFilters(view),
      ).length === 0
    ) {
      return problem('roundFilteredOut', round.id);
    }
    return null;
  };
}
