/** The parts of a document the subset follows: its id, the parties named on it and the document it accompanies. */
export interface DocumentLike {
  id: string;
  draftedBy: readonly string[];
  receivedBy?: readonly string[] | undefined;
  companionOf?: string | undefined;
}

/**
 * The documents the rounds refer to, plus the documents those accompany (a companion's main document, and
 * its main document, and so on), in the dataset's order; each is kept whole, with all its versions.
 */
export function referencedDocuments<D extends DocumentLike>(
  documents: readonly D[],
  referenced: Iterable<string>,
): D[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const keep = new Set<string>();
  for (let id of referenced) {
    // Follows companionOf links; the validator forbids self-links, and `keep` stops any longer cycle.
    while (!keep.has(id) && byId.has(id)) {
      keep.add(id);
      const next = byId.get(id)?.companionOf;
      if (next === undefined) break;
      id = next;
    }
  }
  return documents.filter((d) => keep.has(d.id));
}

/** The parties a document names: its drafters and its recipients. */
export function documentParties(document: DocumentLike): string[] {
  return [...document.draftedBy, ...(document.receivedBy ?? [])];
}
