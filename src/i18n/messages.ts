import type { en } from './en.ts';
import type { enEmbed } from './en-embed.ts';
import type { enPanel } from './en-panel.ts';
import type { enEditor } from './en-editor.ts';
import type { enTimeline } from './en-timeline.ts';
import type { enTimelineLegend } from './en-timeline-legend.ts';
import type { enFilterPanel } from './en-filter-panel.ts';
import type { enFilters } from './en-filters.ts';
import type { enList } from './en-list.ts';
import type { enStatus } from './en-status.ts';
import type { enDatasetError } from './en-dataset-error.ts';
import type { enStory } from './en-story.ts';
import type { enExport } from './en-export.ts';
import type { enLinkNotices } from './en-link-notices.ts';
import type { enProblems } from './en-problems.ts';

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
  typeof enList &
  typeof enStatus &
  typeof enDatasetError &
  typeof enStory &
  typeof enExport &
  typeof enLinkNotices &
  typeof enProblems;
