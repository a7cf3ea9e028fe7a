import type { en } from './en.ts';
import type { enEmbed } from './en-embed.ts';
import type { enPanel } from './en-panel.ts';
import type { enEditor } from './en-editor.ts';
import type { enTimeline } from './en-timeline.ts';
import type { enTimelineLegend } from './en-timeline-legend.ts';
import type { enFilterPanel } from './en-filter-panel.ts';
import type { enFilters } from './en-filters.ts';
import type { enList } from './en-list.ts';

/**
 * The shape every catalogue has: the keys of all the English parts, with strings or functions of the same
 * parameters. A translation is one object of this type, so a missing or extra key fails the typecheck.
 */
export type Messages = typeof en &
  typeof enEmbed &
  typeof enPanel &
  typeof enEditor &
  typeof enTimeline &
  typeof enTimelineLegend &
  typeof enFilters &
  typeof enFilterPanel &
  typeof enList;
