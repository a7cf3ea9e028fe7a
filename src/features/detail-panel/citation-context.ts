import { createContext, useContext } from 'react';
import type { Source } from '../../domain/schema.ts';

/** What an inline citation needs: the round (for anchor ids), the source numbers and the sources. */
export interface CitationInfo {
  roundId: string;
  numbers: ReadonlyMap<string, number>;
  sources: ReadonlyMap<string, Source>;
}

export const CitationContext = createContext<CitationInfo | null>(null);

/** The citation info of the enclosing panel; throws outside one, which is a programming error. */
export function useCitations(): CitationInfo {
  const info = useContext(CitationContext);
  if (!info) throw new Error('useCitations must be used inside a DetailPanel');
  return info;
}

/** The id of a source's entry in the panel's numbered list, unique per round. */
export function sourceAnchorId(roundId: string, n: number): string {
  return `source-${roundId}-${n}`;
}
