import { tooltipWords } from './encoding.ts';
import { LAYOUT, midX, type MarkGeometry } from './mark-layout.ts';

/** Title, date with its precision, and place of the hovered or focused mark. */
export function MarkTooltip({ mark, width }: { mark: MarkGeometry; width: number }) {
  const { item } = mark;
  const tooltipWidth = Math.min(280, width - 8);
  const left = Math.min(Math.max(4, midX(mark) - tooltipWidth / 2), width - tooltipWidth - 4);
  const below = mark.y + LAYOUT.rowHeight / 2 + 4;
  return (
    <div
      role="tooltip"
      id="timeline-tooltip"
      className="pointer-events-none absolute z-20 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-800"
      style={{ left, top: below, width: tooltipWidth }}
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
