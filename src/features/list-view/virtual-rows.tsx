import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import type { DatedRound } from '../../domain/dated-rounds.ts';
import { RoundRow, type RowLabels } from './round-row.tsx';

interface Props {
  rounds: readonly DatedRound[];
  labels: RowLabels;
  selectedId: string | null;
  onSelect: (roundId: string) => void;
}

/** Rows are about this tall before they are measured (one line of text plus padding). */
const ESTIMATED_ROW = 41;

/**
 * The table body for long lists: only the rows near the browser window are in the DOM, between two spacer
 * rows that keep the page's scroll height, so 100,000 rounds scroll like 100. Each row carries its
 * aria-rowindex (the table its aria-rowcount), so a screen reader still says "row 4,512 of 100,001"; tabbing
 * scrolls the next rows in before focus reaches them.
 */
export function VirtualRows({ rounds, labels, selectedId, onSelect }: Props) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (body) setScrollMargin(body.getBoundingClientRect().top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rounds.length,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 20,
    scrollMargin,
    getItemKey: (index) => rounds[index]?.round.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const before = first ? first.start - scrollMargin : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;
  return (
    <tbody ref={bodyRef} role="rowgroup" className="max-sm:block">
      {before > 0 && <tr aria-hidden="true" className="max-sm:block" style={{ height: before }} />}
      {items.map((item) => {
        const dated = rounds[item.index]!;
        return (
          <RoundRow
            key={item.key}
            ref={virtualizer.measureElement}
            rowIndex={item.index + 2}
            dated={dated}
            labels={labels}
            selected={dated.round.id === selectedId}
            onSelect={onSelect}
          />
        );
      })}
      {after > 0 && <tr aria-hidden="true" className="max-sm:block" style={{ height: after }} />}
    </tbody>
  );
}
