import { useEffect, useMemo, useState } from 'react';
import { runInSlices, type Steps } from '../../utils/steps.ts';
import { laneMarks } from './mark-layout.ts';
import { itemLookup } from './mark-lookup.ts';
import { buildTimelineModel, timelineModelSteps, type TimelineModel } from './timeline-model.ts';

/** From this many rounds the model is built across tasks: at 100,000 it took a 400–500 ms task in one go. */
export const SLICED_FROM = 10_000;

type ModelInput = Parameters<typeof timelineModelSteps>;

/**
 * The timeline's model for its inputs. Below SLICED_FROM rounds it is built during the render, as any memo.
 * From there on it is built in slices of a few tens of milliseconds, so the page keeps painting and answering
 * while 100,000 marks are made; meanwhile the model shown last stays on screen (as useDeferredValue would),
 * or, before the first, the result is null and the timeline says what it is doing.
 */
export function useTimelineModel(...input: ModelInput): TimelineModel | null {
  const [dataset, rounds, mode, onlyTopics, words] = input;
  const sliced = rounds.length >= SLICED_FROM;
  const direct = useMemo(
    () => (sliced ? null : buildTimelineModel(dataset, rounds, mode, onlyTopics, words)),
    [sliced, dataset, rounds, mode, onlyTopics, words],
  );
  // The model shown last, from either path: while slices build a new one, it stays on screen.
  const [latest, setLatest] = useState<TimelineModel | null>(null);
  if (direct && direct !== latest) setLatest(direct);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    if (!sliced) return;
    return runInSlices(readyModelSteps(dataset, rounds, mode, onlyTopics, words), {
      done: setLatest,
      failed: (error) => setFailure({ error }),
    });
  }, [sliced, dataset, rounds, mode, onlyTopics, words]);
  // A failure in a slice happened outside React: thrown here, it reaches the error boundary as a render's would.
  if (failure) throw failure.error;
  return direct ?? latest;
}

/**
 * The model, then the lookups its first render reads (by key and round, lanes as columns), each in a slice of
 * its own instead of all in that render's task (at 100,000 rounds: ~75 and ~20 ms).
 */
function* readyModelSteps(...input: ModelInput): Steps<TimelineModel> {
  const model = yield* timelineModelSteps(...input);
  yield;
  itemLookup(model);
  yield;
  laneMarks(model);
  return model;
}
