import { useMemo } from 'react';
import { useLang } from '../../i18n/catalogue.ts';
import type { TimeWindow } from './time-scale.ts';
import type { TimelineModel } from './timeline-model.ts';
import {
  longestDuration,
  stackingLevel,
  timelineLayout,
  timelineTicks,
  type TimelineView,
} from './timeline-view.ts';
import { assignRows, NO_FOLDED_MARKS } from './mark-layout.ts';

const NO_ROWS = new Uint8Array(0);

/**
 * The view model for the current window, memoised step by step: rows change only with the zoom level
 * (and the lane headings' heights), ticks with the window, the layout with either.
 */
export function useTimelineView(
  model: TimelineModel,
  window: TimeWindow,
  width: number,
  /** Lane id → the room its heading needs, where that is more than the default (see assignRows). */
  headings: ReadonlyMap<string, number>,
): TimelineView {
  const maxDuration = useMemo(() => longestDuration(model), [model]);
  const level = stackingLevel(window, width);
  // Before the viewport is measured (its first render) there is nothing to lay out: rows stacked for a zero
  // width would be thrown away in the same task, and at 100,000 rounds they cost ~90 ms.
  const measured = width > 0;
  const rows = useMemo(
    () =>
      measured
        ? assignRows(model, level, headings)
        : { msPerPx: level, rowAt: NO_ROWS, lanes: [], height: 0 },
    [measured, model, level, headings],
  );
  // The labels are in the page's language (the current date locale): a change of language words them again.
  const lang = useLang();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- lang: the labels read the current date locale
  const ticks = useMemo(() => timelineTicks(window, width), [window, width, lang]);
  const layout = useMemo(
    () =>
      measured
        ? timelineLayout(model, rows, window, width, maxDuration)
        : { shapes: [], folded: NO_FOLDED_MARKS, labels: [], detailed: true },
    [measured, model, rows, window, width, maxDuration],
  );
  return useMemo(() => ({ rows, layout, ...ticks }), [rows, layout, ticks]);
}
