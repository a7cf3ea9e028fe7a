import type { Passage, Source } from '../../domain/schema.ts';

export interface NumberedSource {
  n: number;
  id: string;
  source: Source | undefined;
}

/** Numbers the sources of a step in the order the text first cites them, as a reader meets them. */
export function numberCitations(
  passages: readonly Passage[],
  sources: ReadonlyMap<string, Source>,
): NumberedSource[] {
  const seen = new Map<string, NumberedSource>();
  for (const passage of passages) {
    for (const id of passage.sources) {
      if (!seen.has(id)) seen.set(id, { n: seen.size + 1, id, source: sources.get(id) });
    }
  }
  return [...seen.values()];
}
