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
 * reader wait for them on a slow network. The state lives here, not in the view, so the change re-renders only
 * this part. A view that draws no timeline first (the list, an empty result) does not wait.
 */
export function AfterFirstPicture({ timelineFirst, fallback = null, children }: Props) {
  const [drawn, setDrawn] = useState(isTimelineReady);
  const waiting = timelineFirst && !drawn;
  useEffect(() => (waiting ? onceTimelineReady(() => setDrawn(true)) : undefined), [waiting]);
  return waiting ? fallback : children;
}
