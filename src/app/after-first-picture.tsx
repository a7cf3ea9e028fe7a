import { useEffect, useState, type ReactNode } from 'react';
import { isTimelineReady, onceTimelineReady } from '../features/timeline/ready-mark.ts';

interface Props {
  /** Whether the view's first picture is a timeline still to be drawn; otherwise the children render at once. */
  timelineFirst: boolean;
  /** What holds the children's room meanwhile, so nothing moves when they come. */
  fallback?: ReactNode;
  children: ReactNode;
}

/**
 * Renders its children once the timeline has drawn its first marks (its ready mark), and `fallback` until then.
 * For the lazy parts around the first picture (filters, legend, the Story, Download and Cite buttons): rendered
 * with the timeline, they asked for their chunks (about 10 kB gzip) while it was still loading, and made the
 * reader wait for them on a slow network. A view that draws no timeline first (the list, an empty result)
 * does not wait, and once shown the children stay: a timeline that comes later (the reader switches to it, or
 * a filter lets rounds match again) must not take away the controls in use. The state lives here, not in the
 * view, so the change re-renders only this part.
 */
export function AfterFirstPicture({ timelineFirst, fallback = null, children }: Props) {
  const [shown, setShown] = useState(() => !timelineFirst || isTimelineReady());
  if (!shown && !timelineFirst) setShown(true);
  useEffect(() => (shown ? undefined : onceTimelineReady(() => setShown(true))), [shown]);
  return shown ? children : fallback;
}
