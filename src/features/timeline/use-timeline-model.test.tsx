// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatedRound } from '../../domain/dated-rounds.ts';
import type { LaneMode } from '../../domain/round-lanes.ts';
import type { Dataset } from '../../domain/schema.ts';
import { bundledData } from '../../test/bundled-dataset.ts';
import { ITEMS_PER_STEP, runSteps } from '../../utils/steps.ts';
import { buildTimelineModel, timelineModelSteps } from './timeline-model.ts';
import { SLICED_FROM, useTimelineModel } from './use-timeline-model.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** The bundled rounds repeated under new ids (in time order) until there are at least `count`. */
function manyRounds(count: number): { dataset: Dataset; rounds: DatedRound[] } {
  const { dataset, rounds: bundled } = bundledData();
  const copies = Math.ceil(count / bundled.length);
  const rounds = bundled.flatMap((d) =>
    Array.from({ length: copies }, (_, copy) => ({
      ...d,
      round: { ...d.round, id: `${d.round.id}~${copy}` },
    })),
  );
  return { dataset: { ...dataset, rounds: rounds.map((d) => d.round) }, rounds };
}

let large: ReturnType<typeof manyRounds>;
beforeAll(() => {
  large = manyRounds(SLICED_FROM);
});

const noTopics: readonly string[] = [];

function renderModel(dataset: Dataset, rounds: readonly DatedRound[], mode: LaneMode) {
  return renderHook((props: { mode: LaneMode }) => useTimelineModel(dataset, rounds, props.mode, noTopics), {
    initialProps: { mode },
  });
}

describe('timelineModelSteps', () => {
  it('builds what buildTimelineModel builds, pausing at least once per ITEMS_PER_STEP rounds', () => {
    const { dataset, rounds } = large;
    for (const mode of ['table', 'place', 'topic'] as const) {
      const steps = timelineModelSteps(dataset, rounds, mode);
      let pauses = 0;
      let next = steps.next();
      for (; !next.done; next = steps.next()) pauses += 1;
      expect(next.value).toEqual(buildTimelineModel(dataset, rounds, mode));
      // Over the rounds three times at least: by id, into lanes, into marks.
      expect(pauses).toBeGreaterThanOrEqual((3 * rounds.length) / ITEMS_PER_STEP);
    }
  });
});

describe('useTimelineModel', () => {
  it('builds the model of fewer than SLICED_FROM rounds in the render itself', () => {
    const { dataset, rounds } = bundledData();
    expect(rounds.length).toBeLessThan(SLICED_FROM);
    const { result } = renderModel(dataset, rounds, 'table');
    expect(result.current).toEqual({ model: buildTimelineModel(dataset, rounds, 'table'), pending: false });
  });

  it('builds a large model in later tasks, with nothing to show before the first', async () => {
    vi.useFakeTimers();
    const { dataset, rounds } = large;
    expect(rounds.length).toBeGreaterThanOrEqual(SLICED_FROM);
    const { result } = renderModel(dataset, rounds, 'table');
    expect(result.current).toEqual({ model: null, pending: false });
    await act(() => vi.runAllTimersAsync());
    expect(result.current).toEqual({
      model: runSteps(timelineModelSteps(dataset, rounds, 'table')),
      pending: false,
    });
  });

  it('keeps the model on screen, marked pending, while the next one is built, then shows the next', async () => {
    vi.useFakeTimers();
    const { dataset, rounds } = large;
    const { result, rerender } = renderModel(dataset, rounds, 'table');
    await act(() => vi.runAllTimersAsync());
    const byTable = result.current.model;
    expect(byTable).not.toBeNull();
    rerender({ mode: 'place' });
    expect(result.current).toEqual({ model: byTable, pending: true });
    expect(result.current.model).toBe(byTable);
    await act(() => vi.runAllTimersAsync());
    expect(result.current).toEqual({ model: buildTimelineModel(dataset, rounds, 'place'), pending: false });
  });

  it('abandons a build whose inputs changed midway: only the model of the inputs now shown arrives', async () => {
    vi.useFakeTimers();
    // A clock that moves a millisecond each time it is read, so that a slice ends after a few steps.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    const { dataset, rounds } = large;
    const { result, rerender, unmount } = renderModel(dataset, rounds, 'table');
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(result.current.model).toBeNull();
    rerender({ mode: 'topic' });
    const seen: (ReturnType<typeof buildTimelineModel> | null)[] = [];
    while (vi.getTimerCount() > 0) {
      await act(() => vi.advanceTimersToNextTimerAsync());
      seen.push(result.current.model);
    }
    const byTopic = buildTimelineModel(dataset, rounds, 'topic');
    // Null until the topic model: the table model, begun first, never shows.
    for (const model of seen.filter((m) => m !== null)) expect(model).toEqual(byTopic);
    expect(result.current.model).toEqual(byTopic);

    rerender({ mode: 'table' });
    await act(() => vi.advanceTimersToNextTimerAsync());
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
