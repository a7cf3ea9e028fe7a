import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { isoDayInWords } from '../../domain/calendar-days.ts';
import type { FilterIndex } from '../../domain/filter-rounds.ts';
import type { IsoDay } from '../../domain/round-filters.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enFilterPanel } from '../../i18n/en-filter-panel.ts';
import { dayAfterKey, dayFromNumber, dayNumber, dayToX, stripBars, xToDay } from './date-strip-geometry.ts';
import { focusRing } from './filter-styles.ts';

interface Props {
  index: FilterIndex;
  from: IsoDay | null;
  to: IsoDay | null;
  onChange: (range: { from: IsoDay | null; to: IsoDay | null }) => void;
}

// Positions are percentages of the track, so the strip needs no measuring to draw.
const WIDTH = 100;
const HEIGHT = 40;
const BINS = 100;

/**
 * An overview of when rounds happened, with the date range as a selection: drag across the strip to
 * choose a range, drag a handle to move one end, or focus a handle and use the arrow, Page, Home and
 * End keys. A drag applies when it ends, so the timeline does not refilter on every pointer move.
 */
export function DateRangeStrip({ index, from, to, onChange }: Props) {
  const t = useMessages(enFilterPanel);
  const strip = useMemo(() => stripBars(index, WIDTH, BINS), [index]);
  const [draft, setDraft] = useState<{ anchor: number; end: number; moved: boolean } | null>(null);
  const trackRef = useRef<HTMLDivElement>(null);
  if (!strip) return null;
  const { firstDay, lastDay, bars } = strip;
  const clamp = (day: number) => Math.max(firstDay, Math.min(lastDay, day));
  const [a, b] = draft
    ? [draft.anchor, draft.end]
    : [clamp(from ? dayNumber(from) : firstDay), clamp(to ? dayNumber(to) : lastDay)];
  const start = Math.min(a, b);
  const end = Math.max(a, b);
  const maxCount = Math.max(1, ...bars.map((bar) => bar.count));
  const x = (day: number) => dayToX(day, firstDay, lastDay, WIDTH);

  const dayAt = (clientX: number) => {
    const rect = trackRef.current?.getBoundingClientRect();
    if (!rect || rect.width <= 0) return firstDay;
    return xToDay(clientX - rect.left, firstDay, lastDay, rect.width);
  };
  // An end at the edge of the data is no limit at all, so it clears that side of the filter.
  const commit = (a: number, b: number) =>
    onChange({
      from: Math.min(a, b) <= firstDay ? null : dayFromNumber(Math.min(a, b)),
      to: Math.max(a, b) >= lastDay ? null : dayFromNumber(Math.max(a, b)),
    });
  const startDrag = (event: PointerEvent, anchor: number) => {
    event.stopPropagation();
    trackRef.current?.setPointerCapture?.(event.pointerId);
    setDraft({ anchor, end: dayAt(event.clientX), moved: false });
  };
  const moveDrag = (clientX: number) => {
    const day = dayAt(clientX);
    if (draft && day !== draft.end) setDraft({ ...draft, end: day, moved: true });
  };
  const endDrag = () => {
    // A click without a drag changes nothing, rather than selecting a single day.
    if (draft?.moved) commit(draft.anchor, draft.end);
    setDraft(null);
  };
  const onKey = (which: 'start' | 'end') => (event: KeyboardEvent) => {
    const day = which === 'start' ? start : end;
    const next = dayAfterKey(
      event.key,
      day,
      which === 'start' ? firstDay : start,
      which === 'start' ? end : lastDay,
    );
    if (next === undefined) return;
    event.preventDefault();
    if (which === 'start') commit(next, end);
    else commit(start, next);
  };
  const handle = (which: 'start' | 'end', day: number) => (
    <div
      role="slider"
      tabIndex={0}
      aria-label={which === 'start' ? t.filterRangeStart : t.filterRangeEnd}
      aria-valuemin={which === 'start' ? firstDay : start}
      aria-valuemax={which === 'start' ? end : lastDay}
      aria-valuenow={day}
      aria-valuetext={isoDayInWords(dayFromNumber(day))}
      style={{ left: `${which === 'start' ? x(day) : x(day + 1)}%` }}
      onPointerDown={(event) => startDrag(event, which === 'start' ? end : start)}
      onKeyDown={onKey(which)}
      className={`absolute inset-y-0 flex w-11 -translate-x-1/2 cursor-ew-resize justify-center rounded sm:w-6 ${focusRing}`}
    >
      <span data-forced-fill="" className="w-1.5 rounded-sm bg-sky-700 dark:bg-sky-300" />
    </div>
  );

  return (
    <div
      ref={trackRef}
      role="group"
      aria-label={t.filterDateStrip}
      className="relative mx-3 mt-2 h-11 touch-none select-none"
      onPointerDown={(event) => startDrag(event, dayAt(event.clientX))}
      onPointerMove={(event) => moveDrag(event.clientX)}
      onPointerUp={endDrag}
      onPointerCancel={() => setDraft(null)}
    >
      <svg
        aria-hidden="true"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="absolute inset-0 h-full w-full bg-slate-100 dark:bg-slate-800"
      >
        {bars.map((bar, b) =>
          bar.count === 0 ? null : (
            <rect
              key={b}
              x={bar.x}
              width={bar.width}
              y={HEIGHT - (bar.count / maxCount) * (HEIGHT - 4)}
              height={(bar.count / maxCount) * (HEIGHT - 4)}
              className="fill-slate-500 dark:fill-slate-400"
            />
          ),
        )}
      </svg>
      <div
        aria-hidden="true"
        data-forced-range=""
        style={{ left: `${x(start)}%`, width: `${x(end + 1) - x(start)}%` }}
        className="absolute inset-y-0 border-x border-sky-700 bg-sky-500/25 dark:border-sky-300 dark:bg-sky-300/25"
      />
      {handle('start', start)}
      {handle('end', end)}
    </div>
  );
}
