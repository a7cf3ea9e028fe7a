import { createElement, use, type ComponentType, type ReactNode, type ReactPromise } from 'react';

/** A component that arrives as a chunk of its own, and can be fetched ahead. */
export interface PreloadablePart<P> {
  (props: P): ReactNode;
  /**
   * Starts fetching the chunk; settles when it has come or could not (rendering the part then says so). A
   * chunk that could not come is fetched again, so that a passing network fault is not kept for good.
   */
  preload(): Promise<void>;
}

/**
 * Like React.lazy, except that a part whose chunk has already come renders at once. React.lazy suspends the
 * first time it renders even when its chunk was fetched ahead, and React then holds the revealed part back
 * for up to 300 ms (its Suspense throttle): a round's details opened 320 ms after the click with their chunk
 * long here. The chunk is fetched once; a chunk that cannot come throws its error to the part's boundary
 * (LazyPart), as React.lazy does.
 */
export function preloadablePart<P extends object>(load: () => Promise<ComponentType<P>>): PreloadablePart<P> {
  let loading: ReactPromise<ComponentType<P>> | null = null;
  // A render takes the load as it stands, failed or not: fetching again there would suspend it anew on
  // every retry, for as long as the network is down.
  const start = (): ReactPromise<ComponentType<P>> => {
    if (loading) return loading;
    const promise = load();
    // Once settled, the promise carries its outcome in the fields React's `use` reads to take it at once.
    promise.then(
      (value) => {
        Object.assign(promise, { status: 'fulfilled', value });
      },
      (reason: unknown) => {
        Object.assign(promise, { status: 'rejected', reason });
      },
    );
    return (loading = promise);
  };
  const Part = (props: P) => createElement(use(start()), props);
  Part.preload = () => {
    if (loading?.status === 'rejected') loading = null;
    return Promise.resolve(start()).then(
      () => undefined,
      () => undefined,
    );
  };
  return Part;
}

/**
 * Handlers for the control that opens a part on demand (a menu, a dialog): its chunk is fetched as the pointer
 * arrives (a touch's pointer arrives too, just before it presses) or focus lands, so that by the click it is
 * usually here and the part opens at once.
 */
export function preloadOnIntent(part: Pick<PreloadablePart<never>, 'preload'>) {
  const preload = () => void part.preload();
  return { onPointerEnter: preload, onFocus: preload };
}

/**
 * Opens a part on demand once its chunk is here, so that it renders at once rather than after React's Suspense
 * throttle. Such a part shows nothing while its chunk is on the way, so waiting hides nothing; a chunk that
 * cannot come opens it all the same, for its LazyPart to say so. Returns a function that drops the opening,
 * for a reader who takes the request back before the chunk has come.
 */
export function openWhenLoaded(part: Pick<PreloadablePart<never>, 'preload'>, open: () => void): () => void {
  let wanted = true;
  void part.preload().then(() => wanted && open());
  return () => {
    wanted = false;
  };
}
