import { useMemo, useRef } from 'react';
import type { VersionEntry } from '../../domain/document-history.ts';
import { useElementWidth } from '../../hooks/use-element-width.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enPanel } from '../../i18n/en-panel.ts';
import { versionStripLayout } from './version-strip-layout.ts';

const ROW = 16;
const AXIS_GAP = 14;
const TICK_SPACE = 18;

/**
 * The versions of a document placed at their dates on a small time axis, labelled with their number of
 * points. It repeats what the list below says, so it is hidden from screen readers.
 */
export function VersionStrip({ versions }: { versions: readonly VersionEntry[] }) {
  const t = useMessages(enPanel);
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const layout = useMemo(
    () =>
      versionStripLayout(
        versions.flatMap(({ version, date }) =>
          date
            ? [
                {
                  id: version.id,
                  start: date.start.getTime(),
                  end: date.end.getTime(),
                  label: version.points ? String(version.points) : '?',
                  approximate: date.approximate || date.uncertain,
                },
              ]
            : [],
        ),
        width,
      ),
    [versions, width],
  );
  const axisY = layout.rows * ROW + AXIS_GAP;
  const height = axisY + TICK_SPACE;
  return (
    <div ref={ref} className="w-full">
      {width > 0 && (
        <svg
          aria-hidden="true"
          width={width}
          height={height}
          className="block text-slate-700 dark:text-slate-200"
        >
          <line x1={0} x2={width} y1={axisY} y2={axisY} className="stroke-slate-400 dark:stroke-slate-500" />
          {layout.ticks.map((tick) => (
            <g key={tick.x}>
              <line x1={tick.x} x2={tick.x} y1={axisY} y2={axisY + 4} className="stroke-slate-400" />
              <text x={tick.x + 3} y={axisY + 15} className="fill-slate-600 text-[11px] dark:fill-slate-400">
                {tick.label}
              </text>
            </g>
          ))}
          {layout.marks.map((mark) => {
            const labelY = axisY - AXIS_GAP - mark.row * ROW + 4;
            return (
              <g key={mark.id}>
                {mark.x2 - mark.x1 > 6 && (
                  <rect
                    x={mark.x1}
                    y={axisY - 3}
                    width={mark.x2 - mark.x1}
                    height={6}
                    rx={3}
                    className="fill-blue-200 dark:fill-blue-900"
                  />
                )}
                <line
                  x1={mark.x}
                  x2={mark.x}
                  y1={labelY + 2}
                  y2={axisY}
                  className="stroke-slate-300 dark:stroke-slate-600"
                />
                <circle
                  cx={mark.x}
                  cy={axisY}
                  r={5}
                  strokeDasharray={mark.approximate ? '2 2' : undefined}
                  className="fill-blue-700 stroke-white stroke-2 dark:fill-blue-300 dark:stroke-slate-900"
                />
                <text
                  x={mark.x}
                  y={labelY}
                  textAnchor="middle"
                  className="fill-current text-[12px] font-semibold"
                >
                  {mark.label}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t.documentStripKey}</p>
    </div>
  );
}
