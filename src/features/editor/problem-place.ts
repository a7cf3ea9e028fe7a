import type { Draft } from './draft-store.ts';

type Json = Record<string, unknown>;

/**
 * A JSON path told in words a person can follow: `rounds[2].participants[0].party` becomes
 * `Round "Jeddah talks" › participants 1 › party`. Returns the round's index too, to open its form.
 * `roundWord` says "Round …" in the interface's language; the field names are the data's own.
 */
export function describeProblemPlace(
  draft: Draft,
  path: string,
  roundWord: (title: string) => string,
): { text: string; round: number | null } {
  const match = /^rounds\[(\d+)\](.*)$/.exec(path);
  if (!match) return { text: words(path), round: null };
  const index = Number(match[1]);
  const round = (Array.isArray(draft.rounds) ? draft.rounds[index] : undefined) as Json | undefined;
  const title =
    typeof round?.title === 'string' && round.title.trim() !== '' ? `“${round.title}”` : `${index + 1}`;
  const rest = words(match[2] ?? '');
  return { text: `${roundWord(title)}${rest ? ` › ${rest}` : ''}`, round: index };
}

function words(path: string): string {
  return path
    .replace(/\[(\d+)\]/g, (_, n: string) => ` ${Number(n) + 1}`)
    .replace(/^\./, '')
    .split('.')
    .filter(Boolean)
    .join(' › ');
}
