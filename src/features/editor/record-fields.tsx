import { formatPath, type ValidationIssue } from '../../domain/validation-issue.ts';
import type { Column } from '../../spreadsheet/column-types.ts';
import { getAt } from '../../spreadsheet/dataset-to-sheets.ts';
import { draftActions, type Draft } from './draft-store.ts';
import { FieldControl } from './field-control.tsx';
import type { JsonPath } from './json-path-update.ts';

interface Props {
  columns: readonly Column[];
  /** Where the record sits in the draft (`["rounds", 2]`). */
  path: JsonPath;
  record: unknown;
  draft: Draft;
  issuesAt: (path: string) => ValidationIssue[];
}

/** A record's fields, laid out from its sheet's columns; every change goes straight into the saved draft. */
export function RecordFields({ columns, path, record, draft, issuesAt }: Props) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {columns.map((column) => {
        const full = [...path, ...column.path];
        return (
          <FieldControl
            key={column.header}
            column={column}
            value={getAt(record, column.path)}
            errors={issuesAt(formatPath(full))}
            draft={draft}
            onChange={(value) => draftActions.update(full, value)}
          />
        );
      })}
    </div>
  );
}
