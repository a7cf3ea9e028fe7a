import type { LoadEvents } from '../data-access/load-dataset.ts';

/** Load events that record the kind of each report, in order ("downloading", "checking", "rounds passed"…). */
export function recordingLoadEvents() {
  const told: string[] = [];
  const events: LoadEvents = {
    downloading: () => told.push('downloading'),
    downloaded: () => told.push('downloaded'),
    progress: ({ stage }) => told.push(stage),
    roundsPassed: () => told.push('rounds passed'),
  };
  return { told, events };
}
