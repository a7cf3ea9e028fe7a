import { createElement, useEffect, useState, type ReactNode } from 'react';
import { LazyPart } from '../components/lazy-part.tsx';
import type { PreloadablePart } from '../components/preloadable-part.ts';
import { isTimelineReady, onceTimelineReady } from '../features/timeline/ready-mark.ts';

interface Props<P> {
  /** What the part is, for the message if its chunk cannot come (LazyPart). */
  what: string;
  /** Whether the view's first picture is a timeline still to be drawn; otherwise the part renders at once. */
  timelineFirst: boolean;
  /** The part (a preloadablePart), shown once its chunk is here: the wait and the part cannot disagree. */
  part: PreloadablePart<P>;
  /** The part's props. */
  props: P;
  /** What holds the part's room until it is drawn, so nothing moves when it comes. */
  fallback?: ReactNode;
}

/**
 * A lazy part (LazyPart) that waits for the timeline to draw its first marks (its ready mark) and then for its
 * chunk, with `fallback` until both are done. Shown only with its chunk here, it renders at once: a part that
 * suspended instead would be held back by React's Suspense throttle, up to 300 ms after its chunk came. (A part
 * that does not wait, below, is rendered at once and suspends until its chunk comes.)
 *
 * For the parts around the first picture (filters, legend, the Story, Download and Cite buttons): rendered
 * with the timeline, they asked for their chunks (about 10 kB gzip) while it was still loading, and made the
 * reader wait for them on a slow network. A view that draws no timeline first (the list, an empty result)
 * does not wait, and once shown the part stays: a timeline that comes later (the reader switches to it, or a
 * filter lets rounds match again) must not take away the controls in use. The state lives here, not in the
 * view, so the change re-renders only this part.
 */
export function LazyPartAfterFirstPicture<P extends object>({
  what,
  timelineFirst,
  part,
  props,
  fallback = null,
}: Props<P>) {
  const [shown, setShown] = useState(() => !timelineFirst || isTimelineReady());
  if (!shown && !timelineFirst) setShown(true);
  useEffect(() => {
    if (shown) return undefined;
    let waiting = true;
    const stop = onceTimelineReady(() => void part.preload().then(() => waiting && setShown(true)));
    return () => {
      waiting = false;
      stop();
    };
  }, [shown, part]);
  return shown ? (
    <LazyPart what={what} fallback={fallback}>
      {createElement(part, props)}
    </LazyPart>
  ) : (
    fallback
  );
}
