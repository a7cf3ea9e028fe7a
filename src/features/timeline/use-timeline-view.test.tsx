// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { item, model, t0, DAY } from './mark-fixtures.ts';
import type { TimeWindow } from './time-scale.ts';
import { useTimelineView } from './use-timeline-view.ts';
import { allMarks } from './mark-layout.ts';

afterEach(cleanup);

const marks = model([item('a', 0, 1), item('b', 1, 3, 6), item('c', 0, 10)]);
const window: TimeWindow = [t0, t0 + 20 * DAY];
const noHeadings: ReadonlyMap<string, number> = new Map();

describe('useTimelineView', () => {
  it('lays nothing out before the viewport has a width, then every mark in the window', () => {
    const { result, rerender } = renderHook(
      (props: { width: number }) => useTimelineView(marks, window, props.width, noHeadings),
      { initialProps: { width: 0 } },
    );
    expect(result.current.rows.lanes).toEqual([]);
    expect(allMarks(result.current.layout)).toEqual([]);

    rerender({ width: 800 });
    expect(result.current.rows.lanes.map((lane) => lane.lane.id)).toEqual(['l0', 'l1']);
    expect(allMarks(result.current.layout).map((mark) => mark.item.key)).toEqual(
      marks.items.map((mark) => mark.key),
    );
  });
});
