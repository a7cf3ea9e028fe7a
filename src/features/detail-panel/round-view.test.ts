import { describe, expect, it } from 'vitest';
import { panelLookups } from './panel-model.ts';
import { bundledData } from '../../test/bundled-dataset.ts';
import { buildRoundView, citationLists } from './round-view.ts';

const { dataset, rounds } = bundledData();
const lookups = panelLookups(dataset);

describe('buildRoundView', () => {
  it('is undefined for an id that is not among the rounds', () => {
    expect(buildRoundView('no-such-round', rounds, dataset, lookups)).toBeUndefined();
  });

  it('finds the neighbours in time order, with none beyond the ends', () => {
    const first = buildRoundView(rounds[0]!.round.id, rounds, dataset, lookups);
    expect(first?.previous).toBeUndefined();
    expect(first?.next?.round.id).toBe(rounds[1]?.round.id);
    const last = buildRoundView(rounds.at(-1)!.round.id, rounds, dataset, lookups);
    expect(last?.next).toBeUndefined();
    expect(last?.previous?.round.id).toBe(rounds.at(-2)?.round.id);
  });

  it('numbers sources in reading order: participants, sessions, outcomes, statements, disputes, the rest', () => {
    const view = buildRoundView('riyadh-2025-03-23', rounds, dataset, lookups);
    // Negotiating parties come first (Ukraine, then Russia), then the US as mediator, then the host.
    expect(view?.sources.order.slice(0, 8)).toEqual(['S38', 'S39', 'S40', 'S43', 'S44', 'S61', 'S34', 'S46']);
    expect(view?.sources.numbers.get('S38')).toBe(1);
  });

  it('numbers every source the round cites, and only those', () => {
    for (const { round } of rounds) {
      const view = buildRoundView(round.id, rounds, dataset, lookups);
      const cited = new Set(citationLists(round, view!.participants, view!.outcomes).flat());
      expect(new Set(view?.sources.order)).toEqual(cited);
      expect(view?.sources.order.length).toBe(cited.size);
      for (const id of round.sources) expect(view?.sources.numbers.has(id)).toBe(true);
    }
  });

  it('numbers the sources only the round as a whole cites after all the others', () => {
    const view = buildRoundView('istanbul-2025-06-02', rounds, dataset, lookups);
    expect(view?.sources.order.slice(-2)).toEqual(['S92', 'S113']);
  });
});
