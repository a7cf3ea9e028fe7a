import type { Story } from '../../domain/schema.ts';
import { primaryButton } from './story-styles.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enStatus } from '../../i18n/en-status.ts';

/** "Story" buttons, one per story in the dataset; none when it has no stories. */
export function StoryLauncher({
  stories,
  onStart,
}: {
  stories: readonly Story[];
  onStart: (id: string) => void;
}) {
  const t = useMessages(enStatus);
  if (stories.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {stories.map((story) => (
        <button
          key={story.id}
          type="button"
          onClick={() => onStart(story.id)}
          className={`${primaryButton} max-w-full`}
        >
          <span aria-hidden="true">▶</span>
          <span className="truncate">
            {t.story}
            <span className="font-normal max-sm:sr-only">: {story.title}</span>
          </span>
        </button>
      ))}
    </div>
  );
}
