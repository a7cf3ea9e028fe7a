import type { MouseEventHandler } from 'react';
import { tooltipWords } from './encoding.ts';
import { LAYOUT, midX, type MarkGeometry } from './mark-layout.ts';

export const TOOLTIP_ID = 'timeline-tooltip';

interface Props {
  mark: MarkGeometry;
  /** Floating under the hovered mark, or (for keyboard focus) in its own line below the timeline. */
  placement: { width: number } | 'below-timeline';
  onMouseEnter?: MouseEventHandler;
  onMouseLeave?: MouseEventHandler;
}

/**
 * Title, date with its precision, place, kind and outcome of the hovered or focused mark (WCAG 1.4.13): it
 * stays while the pointer is over it, Escape dismisses it, and for keyboard focus it sits below the
 * timeline, where it covers no neighbouring mark or lane label.
 */
export function MarkTooltip({ mark, placement, onMouseEnter, onMouseLeave }: Props) {
  const { item } = mark;
  const floating = placement !== 'below-timeline';
  const style = floating ? floatingPosition(mark, placement.width) : undefined;
  return (
    <div
      role="tooltip"
      id={TOOLTIP_ID}
      onMouseEnter={onMouseEnter}
      onMouseLeave={onMouseLeave}
      className={`rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-800 ${
        floating ? 'absolute z-20 shadow-lg' : 'mt-2 max-w-xl'
      }`}
      style={style}
    >
      <p className="font-semibold">{item.title}</p>
      <p>
        {item.dateText} <span className="text-slate-600 dark:text-slate-300">({item.precisionText})</span>
      </p>
      {item.place && <p className="text-slate-700 dark:text-slate-200">{item.place}</p>}
      <p className="text-slate-600 dark:text-slate-300">{tooltipWords(item).join(' · ')}</p>
    </div>
  );
}

function floatingPosition(mark: MarkGeometry, width: number) {
  const tooltipWidth = Math.min(280, width - 8);
  const left = Math.min(Math.max(4, midX(mark) - tooltipWidth / 2), width - tooltipWidth - 4);
  // Flush with the mark's button, so the pointer can move onto the tooltip without leaving both.
  return { left, top: mark.y + LAYOUT.rowHeight / 2, width: tooltipWidth };
}
