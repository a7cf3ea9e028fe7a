import type { KeyboardEvent } from 'react';
import { notHeldWords } from '../../domain/vocabulary-labels.ts';
import { LAYOUT, markLeft, markRight, midX, type MarkGeometry } from './mark-layout.ts';

interface Props {
  marks: readonly MarkGeometry[];
  selectedId: string | null;
  /** The mark that holds the timeline's one tab stop. */
  activeKey: string | null;
  onSelect: (roundId: string) => void;
  onFocusMark: (key: string | null) => void;
  onHoverMark: (key: string | null) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, roundId: string) => void;
}

/**
 * A name a screen reader says and a test can find: the title, the date in words, the place, and for a meeting
 * that did not take place, "postponed, not held".
 */
export function markName(mark: MarkGeometry): string {
  const { title, dateText, place, meeting } = mark.item;
  const notHeld = meeting === 'held' ? '' : notHeldWords[meeting];
  return [title, dateText, place, notHeld].filter(Boolean).join(', ');
}

/**
 * One button per round mark, over the canvas: the marks' accessible names, focus, and click targets
 * (at least 24 px square, WCAG 2.2 target size).
 */
export function MarkButtons({
  marks,
  selectedId,
  activeKey,
  onSelect,
  onFocusMark,
  onHoverMark,
  onKeyDown,
}: Props) {
  return (
    <>
      {marks.map((mark) => {
        // A folded mark is a thin tick in the density strip; its button is a 24 px target centred on it.
        const left = mark.folded ? midX(mark) - 12 : markLeft(mark) - 5;
        const width = mark.folded ? 24 : Math.max(24, markRight(mark) - markLeft(mark) + 10);
        const { roundId } = mark.item;
        return (
          <button
            key={mark.item.key}
            type="button"
            data-round-id={roundId}
            aria-label={markName(mark)}
            aria-pressed={roundId === selectedId}
            tabIndex={mark.item.key === activeKey ? 0 : -1}
            onClick={() => onSelect(roundId)}
            onFocus={() => onFocusMark(mark.item.key)}
            onBlur={() => onFocusMark(null)}
            onMouseEnter={() => onHoverMark(mark.item.key)}
            onMouseLeave={() => onHoverMark(null)}
            onKeyDown={(event) => onKeyDown(event, roundId)}
            className="absolute cursor-pointer rounded-lg focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-300"
            style={{ left, top: mark.y - LAYOUT.rowHeight / 2, width, height: LAYOUT.rowHeight }}
          />
        );
      })}
    </>
  );
}
