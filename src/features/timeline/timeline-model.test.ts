import { describe, expect, it } from 'vitest';
import { bundledData } from '../../test/bundled-dataset.ts';
import { buildTimelineModel } from './timeline-model.ts';

describe('buildTimelineModel', () => {
  const { dataset, rounds } = bundledData();

  it('gives every round of the dataset a mark when given them all', () => {
    const model = buildTimelineModel(dataset, rounds, 'table');
    expect(model.items.map((item) => item.roundId).sort()).toEqual(dataset.rounds.map((r) => r.id).sort());
  });

  it('gives only the given rounds marks, and no lane to rounds that were not given', () => {
    const whole = buildTimelineModel(dataset, rounds, 'place');
    const [dropped] = whole.lanes;
    const droppedIds = new Set(whole.items.filter((i) => i.lane === 0).map((i) => i.roundId));
    const given = rounds.filter((d) => !droppedIds.has(d.round.id));
    const model = buildTimelineModel(dataset, given, 'place');
    expect(model.items.map((item) => item.roundId).sort()).toEqual(given.map((d) => d.round.id).sort());
    expect(model.lanes.map((lane) => lane.id)).not.toContain(dropped!.id);
    expect(model.lanes).toHaveLength(whole.lanes.length - 1);
  });
});
