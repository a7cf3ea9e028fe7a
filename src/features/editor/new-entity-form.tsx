import { useState, type ComponentType } from 'react';
import type { z } from 'zod';
import { formatPath, type ValidationIssue } from '../../domain/validation-issue.ts';
import { plainLanguage, problemStated } from '../../domain/readable-zod-issue.ts';
import { partySchema, personSchema, sourceSchema, topicSchema } from '../../domain/schema.ts';
import type { RefTarget } from '../../spreadsheet/column-types.ts';
import { getAt } from '../../spreadsheet/dataset-to-sheets.ts';
import { sheetSpec } from '../../spreadsheet/sheet-specs.ts';
import { draftActions, type Draft } from './draft-store.ts';
import type { FieldControlProps } from './field-control.tsx';
import { buttonClass, primaryButtonClass } from './field-styles.ts';
import { setIn } from './json-path-update.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enEditor } from '../../i18n/en-editor.ts';

const SCHEMAS: Partial<Record<RefTarget, z.ZodType>> = {
  people: personSchema,
  sources: sourceSchema,
  parties: partySchema,
  topics: topicSchema,
};

interface Props {
  target: RefTarget;
  draft: Draft;
  onCreated: (id: string) => void;
  onCancel: () => void;
  /** The field control (see ReferenceInput for why it is passed in). */
  Field: ComponentType<FieldControlProps>;
}

/** A person, source, party or topic added inline: the same fields as its sheet, checked before it is added. */
export function NewEntityForm({ target, draft, onCreated, onCancel, Field }: Props) {
  const t = useMessages(enEditor).editor;
  const words = t.targets[target];
  const [record, setRecord] = useState<Record<string, unknown>>(target === 'people' ? { positions: [] } : {});
  const [errors, setErrors] = useState<Map<string, ValidationIssue[]>>(new Map());
  const columns = sheetSpec(target).columns;

  const add = () => {
    const found = new Map<string, ValidationIssue[]>();
    const note = (issue: ValidationIssue) => found.set(issue.path, [...(found.get(issue.path) ?? []), issue]);
    // The input kept, so each issue's catalogue message can be told (problemStated); the field shows it.
    const result = SCHEMAS[target]?.safeParse(record, { reportInput: true, error: plainLanguage });
    result?.error?.issues.forEach((issue) => {
      const problem = problemStated(issue);
      note({ path: formatPath(issue.path), message: issue.message, ...(problem && { problem }) });
    });
    const existing = Array.isArray(draft[target]) ? (draft[target] as { id?: unknown }[]) : [];
    // The editor's own words, already in the interface's language.
    if (existing.some((item) => item.id === record.id))
      note({ path: 'id', message: words.idTaken(String(record.id)) });
    setErrors(found);
    if (found.size > 0 || !result?.success) return;
    draftActions.append([target], result.data);
    onCreated(String(record.id));
  };

  return (
    <div
      role="group"
      aria-label={words.newHeading}
      className="mt-2 rounded-md border border-blue-300 bg-blue-50/60 p-3 dark:border-blue-800 dark:bg-blue-950/30"
    >
      <p className="mb-2 text-sm font-semibold">{words.newHeading}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {columns.map((column) => (
          <Field
            key={column.header}
            column={column}
            value={getAt(record, column.path)}
            errors={errors.get(formatPath(column.path)) ?? []}
            draft={draft}
            onChange={(value) => setRecord((current) => setIn(current, column.path, value))}
          />
        ))}
      </div>
      <div className="mt-3 flex gap-2">
        <button type="button" onClick={add} className={primaryButtonClass}>
          {words.addButton}
        </button>
        <button type="button" onClick={onCancel} className={buttonClass}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}
