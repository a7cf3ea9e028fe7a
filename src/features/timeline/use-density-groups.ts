import { useEffect, useMemo, useState } from 'react';
import type { DensityButtons } from './density-buttons.tsx';
import type { DensityGroup, densityGroups } from './density-groups.ts';
import type { MarkGeometry, TimelineLayout } from './mark-layout.ts';
import type { TimeWindow } from './time-scale.ts';

// Grouping and the groups' buttons are fetched when a density view first appears, like the hit tester
// (use-density-pick.ts): most timelines are detailed and never need them, and the first load stays smaller.
let grouping: { groupsOf: typeof densityGroups; Buttons: typeof DensityButtons } | null = null;
const loadGrouping = () =>
  Promise.all([
    import('./density-groups.ts').then((m) => m.densityGroups),
    import('./density-buttons.tsx').then((m) => m.DensityButtons),
  ]).then(([groupsOf, Buttons]) => {
    grouping = { groupsOf, Buttons };
  });

interface Settled {
  layout: TimelineLayout;
  window: TimeWindow;
  /** The marks with a button of their own, which no group counts. */
  buttons: readonly MarkGeometry[];
}

/**
 * The density view's groups by lane and period (density-groups.ts) for a settled view, and the component
 * that renders a lane's groups as buttons. No groups for a detailed view, nor until the chunks have arrived
 * (a moment after the density view appears).
 */
export function useDensityGroups({ layout, window, buttons }: Settled): {
  groups: DensityGroup[];
  DensityButtons: typeof DensityButtons | null;
} {
  const [chunksReady, setChunksReady] = useState(grouping !== null);
  useEffect(() => {
    if (!layout.detailed && !chunksReady) void loadGrouping().then(() => setChunksReady(true));
  }, [layout.detailed, chunksReady]);
  const loaded = chunksReady ? grouping : null;
  const groups = useMemo(
    () =>
      layout.detailed || loaded === null
        ? []
        : loaded.groupsOf(layout, window, new Set(buttons.map((m) => m.item))),
    [layout, window, buttons, loaded],
  );
  return { groups, DensityButtons: loaded?.Buttons ?? null };
}
