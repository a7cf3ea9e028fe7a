import { formatDay } from '../../domain/calendar-days.ts';
import type { Tick } from './axis-ticks.ts';
import type { TimeWindow } from './time-scale.ts';

export const AXIS_HEIGHT = 44;

/** Two-level date axis (e.g. months over days) that adapts its labels to the zoom level. */
export function TimeAxis({ ticks, width }: { ticks: { minor: Tick[]; major: Tick[] }; width: number }) {
  const { major, minor } = ticks;
  return (
    <svg
      width={width}
      height={AXIS_HEIGHT}
      className="block overflow-hidden text-slate-600 select-none dark:text-slate-300"
      aria-hidden="true"
      data-testid="time-axis"
    >
      {major.map((tick) => (
        <g key={`M${tick.value}`} transform={`translate(${tick.x},0)`}>
          {!tick.sticky && (
            <line y1={0} y2={AXIS_HEIGHT} className="stroke-slate-300 dark:stroke-slate-600" />
          )}
          <text x={4} y={15} className="fill-current text-[12px] font-semibold">
            {tick.label}
          </text>
        </g>
      ))}
      {minor.map((tick) => (
        <g key={`m${tick.value}`} transform={`translate(${tick.x},0)`}>
          <line y1={AXIS_HEIGHT - 8} y2={AXIS_HEIGHT} className="stroke-slate-400 dark:stroke-slate-500" />
          <text x={3} y={AXIS_HEIGHT - 12} className="fill-current text-[11px]">
            {tick.label}
          </text>
        </g>
      ))}
      <line
        x1={0}
        x2={width}
        y1={AXIS_HEIGHT - 0.5}
        y2={AXIS_HEIGHT - 0.5}
        className="stroke-slate-300 dark:stroke-slate-700"
      />
    </svg>
  );
}

/** The visible period in words, shown beside the zoom buttons (and read by the tests). */
export function axisCaption(
  window: TimeWindow,
  words: (from: string, to: string) => string = (from, to) => `Showing ${from} to ${to}`,
): string {
  return words(formatDay(window[0]), formatDay(window[1] - 1));
}
