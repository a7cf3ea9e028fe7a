import type { DensityGroup } from './density-groups.ts';
import type { TimeWindow } from './time-scale.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enTimeline, type TimelineWords } from '../../i18n/en-timeline.ts';

interface Props {
  groups: readonly DensityGroup[];
  onZoomTo: (window: TimeWindow) => void;
}

/**
 * The density view's rounds as text a screen reader reads and a keyboard operates: one button per lane and
 * period ("14 more rounds in March 2025 — zoom in") over the ticks it stands for, zooming to that period.
 */
export function DensityButtons({ groups, onZoomTo }: Props) {
  const t = useMessages(enTimeline);
  return (
    <>
      {groups.map((group) => {
        const width = Math.max(24, group.x1 - group.x0 + 8);
        return (
          <button
            key={`${group.lane}:${group.window[0]}`}
            type="button"
            aria-label={densityGroupName(group, t)}
            title={densityGroupName(group, t)}
            onClick={() => onZoomTo(group.window)}
            className="absolute cursor-zoom-in rounded-md focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-300"
            style={{ left: (group.x0 + group.x1) / 2 - width / 2, top: group.y - 12, width, height: 24 }}
          />
        );
      })}
    </>
  );
}

/** The group's accessible name, in the words of the language shown (`words`, from the catalogue). */
export function densityGroupName(group: DensityGroup, words: Pick<TimelineWords, 'densityGroup'>): string {
  return words.densityGroup(group.count, group.period);
}
