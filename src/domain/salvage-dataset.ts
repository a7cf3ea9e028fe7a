import type { Dataset } from './schema.ts';
import { validateDataset, type DatasetValidation } from './validate-dataset.ts';

/** The valid part of a draft, and what had to be left out of it. */
export interface Salvaged {
  dataset: Dataset;
  /** Entries left out per collection ("rounds": 2), because they or what they refer to have problems. */
  leftOut: Partial<Record<Collection, number>>;
  /** The whole draft's verdict, before anything was left out. */
  validation: DatasetValidation;
}

const COLLECTIONS = ['parties', 'people', 'topics', 'sources', 'rounds'] as const;
type Collection = (typeof COLLECTIONS)[number];

const PLACEHOLDER_META: Dataset['meta'] = {
  title: 'Untitled dataset',
  description: 'A dataset being written.',
  languages: ['en'],
  licence: 'unknown',
  updated: '1970-01-01',
  maintainer: { name: 'unknown' },
};

// Each pass leaves out what has problems; what referred to it fails in the next pass. Real drafts settle
// in two or three passes; the cap only guards against a pathological file.
const MAX_PASSES = 12;

/**
 * Leaves out every entry with a problem (and whatever then refers to it) until the rest is a valid dataset,
 * so a draft with a few mistakes still previews everything else. Never throws.
 */
export function salvageDataset(input: unknown): Salvaged {
  const source =
    typeof input === 'object' && input !== null && !Array.isArray(input)
      ? (input as Record<string, unknown>)
      : {};
  const validation = validateDataset(source);
  if (validation.ok) return { dataset: validation.dataset, leftOut: {}, validation };
  const draft = structuredClone(source);
  for (const name of COLLECTIONS) if (!Array.isArray(draft[name])) draft[name] = [];
  const leftOut: Salvaged['leftOut'] = {};
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const result = validateDataset(draft);
    if (result.ok) return { dataset: result.dataset, leftOut, validation };
    if (pass === 0) delete draft.translations;
    const removals = new Map<unknown[], { indexes: Set<number>; top: Collection | null }>();
    for (const issue of result.issues) {
      const segments = pathSegments(issue.path);
      const [name] = segments;
      const cut = innermostItem(draft, segments);
      if (name === 'meta') draft.meta = PLACEHOLDER_META;
      else if (name === '$schema') delete draft.$schema;
      // Translations of what was left out would fail next; the preview shows the original text instead.
      else if (name === 'translations') delete draft.translations;
      else if (cut) {
        const entry = removals.get(cut.list) ?? { indexes: new Set<number>(), top: null };
        entry.indexes.add(cut.index);
        if (cut.depth === 1 && isCollection(name)) entry.top = name;
        removals.set(cut.list, entry);
      } else if (isCollection(name)) draft[name] = [];
    }
    for (const [list, { indexes, top }] of removals) {
      // Later indexes first, so removing one item doesn't shift the next one to remove.
      for (const index of [...indexes].sort((a, b) => b - a)) list.splice(index, 1);
      if (top) leftOut[top] = (leftOut[top] ?? 0) + indexes.size;
    }
  }
  const empty = { meta: PLACEHOLDER_META, parties: [], people: [], topics: [], sources: [], rounds: [] };
  return { dataset: empty, leftOut, validation };
}

/** `rounds[3].related[0].round` → ["rounds", 3, "related", 0, "round"]. */
function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push(JSON.parse(match[3]) as string);
  }
  return segments;
}

/**
 * The innermost list item on a path: a problem in a statement's speaker leaves out that statement, not its
 * round; a problem in a round's own title leaves out the round. `depth` counts list items on the way down.
 */
function innermostItem(root: unknown, segments: readonly (string | number)[]) {
  let node = root;
  let found: { list: unknown[]; index: number; depth: number } | null = null;
  let depth = 0;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') break;
    if (Array.isArray(node) && typeof segment === 'number' && segment < node.length) {
      depth += 1;
      found = { list: node, index: segment, depth };
    }
    node = (node as Record<string | number, unknown>)[segment];
  }
  return found;
}

function isCollection(name: string | number | undefined): name is Collection {
  return (COLLECTIONS as readonly (string | number | undefined)[]).includes(name);
}
