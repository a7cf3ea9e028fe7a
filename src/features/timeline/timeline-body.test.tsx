// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DAY, item, model, t0 } from './mark-fixtures.ts';
import { LAYOUT } from './mark-layout.ts';
import { itemLookup } from './mark-lookup.ts';
import { TimelineBody } from './timeline-body.tsx';
import { activeMarkKey, buttonMarks } from './timeline-view.ts';
import { useTimelineView } from './use-timeline-view.ts';
import type { TimeWindow } from './time-scale.ts';

afterEach(cleanup);

// More marks than the detailed view takes, one lane, 60 days from 1 March 2025: a density view with groups.
const many = model(
  Array.from({ length: 3 * LAYOUT.detailLimit }, (_, i) => item(`m${i}`, 0, i % 60)),
  1,
);
const none = { focusedKey: null, targetRound: null, selectedId: null };

const noHeadings = new Map<string, number>();

/** The body as the timeline renders it, with the view model memoised step by step (useTimelineView). */
function Body({ window, moving }: { window: TimeWindow; moving: boolean }) {
  const view = useTimelineView(many, window, 600, noHeadings);
  const activeKey = activeMarkKey(view.layout, none, itemLookup(many));
  const buttons = buttonMarks(view.layout, activeKey, none, itemLookup(many));
  const noop = () => {};
  return (
    <TimelineBody
      view={view}
      width={600}
      dark={false}
      selectedId={null}
      dimmed={null}
      buttons={buttons}
      activeKey={activeKey}
      topicLanes={false}
      tooltip={null}
      window={window}
      moving={moving}
      onZoomTo={noop}
      onTooltipEnter={noop}
      onTooltipLeave={noop}
      onSelect={noop}
      onFocusMark={noop}
      onHoverMark={noop}
      onMarkKey={noop}
      onHeadingHeights={noop}
    />
  );
}

const groupNames = () =>
  screen.queryAllByRole('button', { name: /more rounds? in/ }).map((b) => b.getAttribute('aria-label'));

/** The rounds of `many` in a UTC month (0-based), from the data. */
const inMonth = (month: number) => many.items.filter((i) => new Date(i.start).getUTCMonth() === month).length;
const group = (count: number, period: string) => `${count} more rounds in ${period} — zoom in`;

describe('TimelineBody, the density groups', () => {
  const all: TimeWindow = [t0 - DAY, t0 + 61 * DAY];
  // As wide, from 3 April 2025: March's rounds have left the view.
  const later: TimeWindow = [t0 + 33 * DAY, t0 + 95 * DAY];

  it('keep the groups of the settled window while a gesture moves it, then follow where it settles', async () => {
    const { rerender } = render(<Body window={all} moving={false} />);
    // The first mark in view holds the tab stop, so it has a button of its own and is in no group.
    const before = [group(inMonth(2) - 1, 'March 2025'), group(inMonth(3), 'April 2025')];
    // The grouping arrives as a chunk of its own, a moment after the density view first appears.
    await waitFor(() => expect(groupNames()).toEqual(before));
    await act(async () => rerender(<Body window={later} moving />));
    expect(groupNames()).toEqual(before);
    await act(async () => rerender(<Body window={later} moving={false} />));
    // April's rounds from the 3rd on (the layout also keeps marks a few pixels left of the edge), less the tab stop.
    const [after] = groupNames();
    expect(groupNames()).toHaveLength(1);
    expect(after).toMatch(/^\d+ more rounds in April 2025 — zoom in$/);
    const count = Number(/^\d+/.exec(after!)![0]);
    expect(count).toBeGreaterThanOrEqual(many.items.filter((i) => i.start >= later[0]).length - 1);
    expect(count).toBeLessThan(inMonth(3));
  });
});
