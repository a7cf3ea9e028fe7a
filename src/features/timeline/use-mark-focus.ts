import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { DatedRound } from '../../domain/dated-rounds.ts';
import type { TimelineLayout } from './mark-layout.ts';
import { itemLookup, markOfKey } from './mark-lookup.ts';
import type { TimelineModel } from './timeline-model.ts';
import type { TimeWindow } from './time-scale.ts';
import { activeMarkKey, buttonMarks } from './timeline-view.ts';
import { useMarkKeys } from './use-mark-keys.ts';

interface Options {
  /** The rounds shown, in time order: the order ←/→ move through. */
  rounds: readonly DatedRound[];
  /** The marks the layout placed, looked up by key and round. */
  model: TimelineModel;
  layout: TimelineLayout;
  selectedId: string | null;
  getWindow: () => TimeWindow;
  setWindow: (window: TimeWindow, settled: boolean) => void;
  /** The element holding the mark buttons, searched for the button to focus. */
  container: RefObject<HTMLElement | null>;
}

/**
 * Roving focus over the marks: one tab stop, arrow keys from round to round (panning to it), focus moved to
 * the new mark's button once it is rendered, and the hovered or (visibly) focused mark for the tooltip.
 */
export function useMarkFocus({
  rounds,
  model,
  layout,
  selectedId,
  getWindow,
  setWindow,
  container,
}: Options) {
  // Focus and hover follow marks (keys), not rounds: in topic lanes one round has a mark in several lanes,
  // and only one of them may hold the timeline's tab stop.
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  // Whether that focus shows (:focus-visible). A keyboard reader's focus brings the tooltip; focus handed
  // back to a mark after a click (closing the details) does not, so no tooltip appears out of nowhere for a
  // pointer reader (and an embed does not grow by its height).
  const [focusShown, setFocusShown] = useState(false);
  const onFocusMark = useCallback((key: string | null, shown = false) => {
    setFocusedKey(key);
    setFocusShown(shown);
  }, []);
  const [hoveredKey, setHoveredKey] = useState<string | null>(null);
  const [targetRound, setTargetRound] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const order = useMemo(() => rounds.map((d) => d.round.id), [rounds]);
  // The starts by round are gathered on the first question (a key press, a selection), not in the first
  // render: at 100,000 rounds the map took ~60 ms of it.
  const startOf = useMemo(() => {
    let starts: Map<string, number> | undefined;
    return (id: string) =>
      (starts ??= new Map(rounds.map((d) => [d.round.id, d.date.start.getTime()]))).get(id);
  }, [rounds]);
  const focusRound = useCallback((id: string) => {
    pendingFocus.current = id;
    setTargetRound(id);
  }, []);
  const onMarkKey = useMarkKeys({ order, startOf, getWindow, setWindow, focusRound });

  // Found through the model's lookup, never a scan of the (up to 100,000) marks in view; memoised per layout
  // and focus, so the buttons keep their identity while hovering renders the timeline again.
  const lookup = itemLookup(model);
  const { activeKey, buttons } = useMemo(() => {
    const focus = { focusedKey, targetRound, selectedId };
    const activeKey = activeMarkKey(layout, focus, lookup);
    return { activeKey, buttons: buttonMarks(layout, activeKey, focus, lookup) };
  }, [layout, focusedKey, targetRound, selectedId, lookup]);
  // Memoised too: a folded mark is an object made on demand, and the tooltip's effects follow its identity.
  const pointed = useMemo(() => markOfKey(layout, lookup, hoveredKey), [layout, lookup, hoveredKey]);
  const focused = useMemo(
    () => (focusShown ? markOfKey(layout, lookup, focusedKey) : undefined),
    [layout, lookup, focusShown, focusedKey],
  );

  // After every render: the round the keys moved to may only now have a button.
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const button = container.current?.querySelector<HTMLButtonElement>(
      `button[data-round-id="${CSS.escape(id)}"]`,
    );
    if (button) {
      pendingFocus.current = null;
      button.focus();
    }
  });

  return { activeKey, buttons, pointed, focused, startOf, onMarkKey, onFocusMark, setHoveredKey };
}
