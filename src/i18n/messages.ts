import type { en } from './en.ts';
import type { enEmbed } from './en-embed.ts';
import type { enStatus } from './en-status.ts';
import type { enDatasetError } from './en-dataset-error.ts';
import type { enStory } from './en-story.ts';
import type { enExport } from './en-export.ts';

/**
 * The shape every catalogue has: the keys of all the English parts, with strings or functions of the same
 * parameters. A translation is one object of this type, so a missing or extra key fails the typecheck.
 */
export type Messages = typeof en &
  typeof enEmbed &
  typeof enStatus &
  typeof enDatasetError &
  typeof enStory &
  typeof enExport;
