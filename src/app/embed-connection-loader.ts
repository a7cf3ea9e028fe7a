import type { Dataset } from '../domain/schema.ts';
import type { DatasetErrorDetails } from '../features/embed/embed-protocol.ts';
import type { StepView } from '../features/embed/embed-connection.ts';

// The host-page protocol (and the validator it parses commands with) is embed-only: it is a chunk of its own.
const connection = () => import('../features/embed/embed-connection.ts');

/**
 * Starts the embed's connection to its host page from that chunk. The host may send commands as soon as the
 * frame loads, before the chunk arrives: those are held here and replayed, in order, once it listens.
 */
export function startEmbedConnectionSoon(content: Element, stepView?: StepView): void {
  const held: MessageEvent[] = [];
  const hold = (event: MessageEvent) => held.push(event);
  window.addEventListener('message', hold);
  void connection().then(({ startEmbedConnection }) => {
    startEmbedConnection(content, stepView);
    window.removeEventListener('message', hold);
    for (const event of held) {
      const { data, origin, source } = event;
      window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
    }
  });
}

/** Tells the host the dataset is ready, once the connection has started (imports resolve in call order). */
export function announceEmbeddedDataset(dataset: Dataset): void {
  void connection().then(({ embeddedDatasetLoaded }) => embeddedDatasetLoaded(dataset));
}

/** Tells the host the dataset could not be loaded, once the connection has started. */
export function announceEmbeddedFailure(details: DatasetErrorDetails): void {
  void connection().then(({ embeddedDatasetFailed }) => embeddedDatasetFailed(details));
}
