import type { KeyboardEvent } from 'react';
import { LAYOUT, markLeft, markRight, type MarkGeometry } from './mark-layout.ts';

interface Props {
  marks: readonly MarkGeometry[];
  selectedId: string | null;
  /** The round that holds the timeline's one tab stop. */
  activeId: string | null;
  onSelect: (roundId: string) => void;
  onFocusRound: (roundId: string | null) => void;
  onHoverRound: (roundId: string | null) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, roundId: string) => void;
}

/** A name a screen reader says and a test can find: the title, the date in words, and the place. */
export function markName(mark: MarkGeometry): string {
  const { title, dateText, place } = mark.item;
  return [title, dateText, place].filter(Boolean).join(', ');
}

/**
 * One button per round mark, over the canvas: the marks' accessible names, focus, and click targets
 * (at least 24 px square, WCAG 2.2 target size).
 */
export function MarkButtons({
  marks,
  selectedId,
  activeId,
  onSelect,
  onFocusRound,
  onHoverRound,
  onKeyDown,
}: Props) {
  return (
    <>
      {marks.map((mark) => {
        const left = markLeft(mark) - 5;
        const width = Math.max(24, markRight(mark) - markLeft(mark) + 10);
        const { roundId } = mark.item;
        return (
          <button
            key={mark.item.key}
            type="button"
            data-round-id={roundId}
            aria-label={markName(mark)}
            aria-pressed={roundId === selectedId}
            tabIndex={roundId === activeId ? 0 : -1}
            onClick={() => onSelect(roundId)}
            onFocus={() => onFocusRound(roundId)}
            onBlur={() => onFocusRound(null)}
            onMouseEnter={() => onHoverRound(roundId)}
            onMouseLeave={() => onHoverRound(null)}
            onKeyDown={(event) => onKeyDown(event, roundId)}
            className="absolute cursor-pointer rounded-lg focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-300"
            style={{ left, top: mark.y - LAYOUT.rowHeight / 2, width, height: LAYOUT.rowHeight }}
          />
        );
      })}
    </>
  );
}
