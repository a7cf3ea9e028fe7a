import type { KeyboardEvent } from 'react';
import { LAYOUT, markLeft, markRight, midX, type MarkGeometry } from './mark-layout.ts';
import { markName } from './mark-name.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enTimeline } from '../../i18n/en-timeline.ts';

interface Props {
  marks: readonly MarkGeometry[];
  selectedId: string | null;
  /** The mark that holds the timeline's one tab stop. */
  activeKey: string | null;
  /** In topic lanes, this lane's topic (the marks' outcome is that topic's). */
  topic: string | undefined;
  dimmed: ReadonlySet<string> | null;
  /** The mark whose tooltip is shown, and the tooltip's id, which describes it. */
  tooltip: { key: string; id: string } | null;
  onSelect: (roundId: string) => void;
  onFocusMark: (key: string | null, shown?: boolean) => void;
  onHoverMark: (key: string | null) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, roundId: string) => void;
}

/**
 * One button per round mark, over the canvas: the marks' accessible names, focus, and click targets
 * (at least 24 px square, WCAG 2.2 target size).
 */
export function MarkButtons({ marks, selectedId, activeKey, topic, dimmed, tooltip, ...on }: Props) {
  const t = useMessages(enTimeline);
  return (
    <>
      {marks.map((mark) => {
        // A folded mark is a thin tick in the density strip; its button is a 24 px target centred on it.
        const left = mark.folded ? midX(mark) - 12 : markLeft(mark) - 5;
        const width = mark.folded ? 24 : Math.max(24, markRight(mark) - markLeft(mark) + 10);
        const { roundId, key } = mark.item;
        return (
          <button
            key={key}
            type="button"
            data-round-id={roundId}
            aria-label={markName(mark.item, t, { topic, dimmed: dimmed?.has(roundId) ?? false })}
            aria-describedby={tooltip?.key === key ? tooltip.id : undefined}
            aria-pressed={roundId === selectedId}
            tabIndex={key === activeKey ? 0 : -1}
            onClick={() => on.onSelect(roundId)}
            onFocus={(event) => on.onFocusMark(key, event.currentTarget.matches(':focus-visible'))}
            onBlur={() => on.onFocusMark(null)}
            onMouseEnter={() => on.onHoverMark(key)}
            onMouseLeave={() => on.onHoverMark(null)}
            onKeyDown={(event) => on.onKeyDown(event, roundId)}
            className="absolute cursor-pointer rounded-lg focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-300"
            style={{ left, top: mark.y - LAYOUT.rowHeight / 2, width, height: LAYOUT.rowHeight }}
          />
        );
      })}
    </>
  );
}
