import type { Dataset } from '../../domain/schema.ts';
import type { StoryPosition, ViewState } from '../../state/view-state.ts';
import { datasetErrorEvent, heightEvent, type DatasetErrorDetails } from './embed-protocol.ts';
import { startHeightReporter } from './height-reporter.ts';
import { announceReady, sendToHost, startHostBridge } from './host-bridge.ts';

let current: Dataset | null = null;
let roundIds: ReadonlySet<string> = new Set();

/** How the app shows a story step; the story feature knows, and the app passes it in. */
export type StepView = (dataset: Dataset, position: StoryPosition, base: ViewState) => ViewState | null;

/**
 * Connects an embedded page to its host: the host-page API, and the content height for the loader script
 * (embed.js) to size the iframe with. Starts before the data loads, so early host commands are held.
 */
export function startEmbedConnection(content: Element, stepView?: StepView): () => void {
  const stopBridge = startHostBridge({
    targetWindow: window.parent,
    knownRoundIds: () => roundIds,
    datasetTitle: () => current?.meta.title ?? '',
    stories: () =>
      (current?.stories ?? []).map((s) => ({
        id: s.id,
        title: s.title,
        headings: s.steps.map((t) => t.heading),
      })),
    stepView: (position, base) => (current && stepView ? stepView(current, position, base) : null),
  });
  const stopHeight = startHeightReporter(content, (height) => sendToHost(heightEvent(height)));
  return () => {
    stopBridge();
    stopHeight();
  };
}

/** Tells the host the dataset is ready (once), and lets commands name its rounds. */
export function embeddedDatasetLoaded(dataset: Dataset): void {
  current = dataset;
  roundIds = new Set(dataset.rounds.map((r) => r.id));
  const stories = (dataset.stories ?? []).map((s) => ({ id: s.id, title: s.title, steps: s.steps.length }));
  // The article's language as this page's address received it (URL sync keeps the parameter).
  const hostlang = new URLSearchParams(window.location.search).get('hostlang');
  announceReady(dataset.rounds.length, dataset.meta.title, stories, hostlang);
}

/**
 * Tells the host page the dataset could not be loaded, so it can show its own fallback; sent again after
 * every failed Retry.
 */
export function embeddedDatasetFailed(details: DatasetErrorDetails): void {
  sendToHost(datasetErrorEvent(details));
}
