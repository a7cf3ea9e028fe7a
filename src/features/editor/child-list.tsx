import { useState, type ReactNode } from 'react';
import { formatPath } from '../../domain/validation-issue.ts';
import type { Column } from '../../spreadsheet/column-types.ts';
import { getAt } from '../../spreadsheet/dataset-to-sheets.ts';
import { draftActions, type Draft } from './draft-store.ts';
import { entityOptions } from './entity-options.ts';
import { buttonClass, smallButtonClass } from './field-styles.ts';
import type { JsonPath } from './json-path-update.ts';
import { RecordFields } from './record-fields.tsx';
import type { DraftCheck } from './use-draft-check.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enEditor } from '../../i18n/en-editor.ts';

type ListWords = (typeof enEditor)['editor']['lists']['outcomes'];

interface Props {
  /** Heading of the list ("Outcomes"), an item's name ("Outcome 2") and the buttons' words. */
  words: ListWords;
  /** A name for the list's region when the title repeats (every participant has a "Delegation"). */
  label?: string;
  columns: readonly Column[];
  path: JsonPath;
  items: unknown;
  draft: Draft;
  check: DraftCheck;
  /** A nested list inside each item (a participant's delegation). */
  renderNested?: (index: number, item: unknown) => ReactNode;
  level?: 3 | 4;
}

/**
 * The items of one list in a round (participants, outcomes, statements). Each shows a one-line summary and
 * opens to its fields, so a round with thirty items stays a short page and a quick one to type in.
 */
export function ChildList({
  words,
  label,
  columns,
  path,
  items,
  draft,
  check,
  renderNested,
  level = 3,
}: Props) {
  const list = Array.isArray(items) ? items : [];
  const t = useMessages(enEditor).editor;
  const title = words.title;
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const Heading = level === 3 ? 'h3' : 'h4';
  const toggle = (index: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  const add = () => {
    // A new item starts with an empty source list where it needs one, so the field shows at once.
    draftActions.append(path, columns.some((c) => c.header === 'sources') ? { sources: [] } : {});
    setOpen((current) => new Set(current).add(list.length));
  };
  const remove = (index: number) => {
    draftActions.remove(path, index);
    setOpen(
      (current) => new Set([...current].filter((i) => i !== index).map((i) => (i > index ? i - 1 : i))),
    );
  };

  return (
    <section aria-label={label ?? title} className="space-y-2">
      <Heading className={level === 3 ? 'text-base font-semibold' : 'text-sm font-semibold'}>
        {title} <span className="font-normal text-slate-600 dark:text-slate-400">({list.length})</span>
      </Heading>
      <ul className="space-y-2">
        {list.map((item, index) => {
          const itemPath = [...path, index];
          const problems = check.problemsUnder(formatPath(itemPath));
          const isOpen = open.has(index);
          return (
            <li key={index} className="rounded-md border border-slate-300 dark:border-slate-700">
              <div className="flex items-center justify-between gap-2 px-2 py-1">
                <button
                  type="button"
                  aria-expanded={isOpen}
                  onClick={() => toggle(index)}
                  className="flex min-w-0 flex-1 items-baseline gap-2 rounded px-1 py-1 text-left text-sm focus-visible:outline-3 focus-visible:outline-blue-600"
                >
                  <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
                  <span className="font-medium whitespace-nowrap">{words.item(index + 1)}</span>
                  <span className="min-w-0 truncate text-slate-700 dark:text-slate-300">
                    {summarise(columns, item, draft)}
                  </span>
                  {problems > 0 && (
                    <span className="shrink-0 font-medium text-red-800 dark:text-red-300">
                      {t.problems(problems)}
                    </span>
                  )}
                </button>
                <button
                  type="button"
                  onClick={() => remove(index)}
                  className={`${smallButtonClass} shrink-0 text-red-800 dark:text-red-300`}
                >
                  {t.remove}
                  <span className="sr-only"> {words.removeWhat(index + 1)}</span>
                </button>
              </div>
              {isOpen && (
                <div className="border-t border-slate-200 p-3 dark:border-slate-700">
                  <RecordFields
                    columns={columns}
                    path={itemPath}
                    record={item}
                    draft={draft}
                    issuesAt={check.issuesAt}
                  />
                  {renderNested?.(index, item)}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={add} className={buttonClass}>
        {words.add}
      </button>
    </section>
  );
}

/** The first values that say what an item is, by name: "United States · party", "Prisoners · agreed". */
function summarise(columns: readonly Column[], item: unknown, draft: Draft): string {
  const values = columns
    .slice(0, 3)
    .map((column) => {
      const value = getAt(item, column.path);
      if (column.type.kind !== 'ref' || typeof value !== 'string') return value;
      return entityOptions(draft, column.type.to).find((option) => option.id === value)?.label ?? value;
    })
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '');
  const text = values.join(' · ');
  return text.length > 90 ? `${text.slice(0, 89)}…` : text;
}
