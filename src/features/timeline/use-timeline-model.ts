import { useEffect, useMemo, useState } from 'react';
import { runInSlices, type Steps } from '../../utils/steps.ts';
import { modelColumns } from './mark-layout.ts';
import { itemLookup } from './mark-lookup.ts';
import { buildTimelineModel, timelineModelSteps, type TimelineModel } from './timeline-model.ts';

/** From this many rounds the model is built across tasks: at 100,000 it took a 400–500 ms task in one go. */
export const SLICED_FROM = 10_000;

type ModelInput = Parameters<typeof timelineModelSteps>;

/** The model to show, and whether it is an earlier one kept on screen while the current one is being built. */
export interface ShownModel {
  model: TimelineModel | null;
  pending: boolean;
}

/**
 * The timeline's model for its inputs. Below SLICED_FROM rounds it is built during the render, as any memo.
 * From there on it is built in slices of a few tens of milliseconds, so the page keeps painting and answering
 * while 100,000 marks are made; meanwhile the model shown last stays on screen (as useDeferredValue would),
 * marked pending, or, before the first, the model is null and the timeline says what it is doing.
 */
export function useTimelineModel(...[dataset, rounds, mode, onlyTopics, words]: ModelInput): ShownModel {
  // Named in full, defaults included, so that two sets of inputs compare value by value (sameInput).
  const input: ModelInput = [dataset, rounds, mode, onlyTopics, words];
  const sliced = rounds.length >= SLICED_FROM;
  const direct = useMemo(
    () => (sliced ? null : buildTimelineModel(dataset, rounds, mode, onlyTopics, words)),
    [sliced, dataset, rounds, mode, onlyTopics, words],
  );
  // The model shown last, from either path, with the inputs it was built from: while slices build a new one,
  // it stays on screen.
  const [latest, setLatest] = useState<{ model: TimelineModel; input: ModelInput } | null>(null);
  if (direct && direct !== latest?.model) setLatest({ model: direct, input });
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    if (!sliced) return;
    const built: ModelInput = [dataset, rounds, mode, onlyTopics, words];
    return runInSlices(readyModelSteps(...built), {
      done: (model) => setLatest({ model, input: built }),
      failed: (error) => setFailure({ error }),
    });
  }, [sliced, dataset, rounds, mode, onlyTopics, words]);
  // A failure in a slice happened outside React: thrown here, it reaches the error boundary as a render's would.
  if (failure) throw failure.error;
  if (direct) return { model: direct, pending: false };
  return { model: latest?.model ?? null, pending: latest !== null && !sameInput(latest.input, input) };
}

function sameInput(a: ModelInput, b: ModelInput): boolean {
  return a.every((value, i) => value === b[i]);
}

/**
 * The model, then the lookups its first render reads (by key and round; the items as columns), each in a
 * slice of its own instead of all in that render's task.
 */
function* readyModelSteps(...input: ModelInput): Steps<TimelineModel> {
  const model = yield* timelineModelSteps(...input);
  yield;
  itemLookup(model);
  yield;
  modelColumns(model);
  return model;
}
