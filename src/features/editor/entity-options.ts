import type { RefTarget } from '../../spreadsheet/column-types.ts';
import type { Draft } from './draft-store.ts';

/** One choice in a picker: the id stored, and what a person recognises. */
export interface EntityOption {
  id: string;
  label: string;
}

type Json = Record<string, unknown>;

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** The entities a reference can point to, labelled by name rather than id. */
export function entityOptions(draft: Draft, target: RefTarget): EntityOption[] {
  const list = Array.isArray(draft[target]) ? (draft[target] as Json[]) : [];
  return list
    .filter((item) => str(item.id) !== '')
    .map((item) => ({ id: str(item.id), label: describe(target, item) }));
}

function describe(target: RefTarget, item: Json): string {
  switch (target) {
    case 'people':
      return `${str(item.name) || str(item.id)}${item.party ? ` (${str(item.party)})` : ''}`;
    case 'parties':
      return str(item.name) || str(item.id);
    case 'topics':
      return str(item.label) || str(item.id);
    case 'rounds':
      return `${str(item.title) || str(item.id)}${item.date ? `, ${str(item.date)}` : ''}`;
    case 'sources':
      return [str(item.id), str(item.publisher), str(item.title)].filter(Boolean).join(' · ');
  }
}
