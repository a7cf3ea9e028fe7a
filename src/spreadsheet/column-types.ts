/** The collections a reference column can point into; pickers and notes are built from this. */
export type RefTarget = 'parties' | 'people' | 'topics' | 'sources' | 'rounds';

/** How a cell is read and written. Lists are written "a; b; c" in one cell. */
export type ColumnType =
  | { kind: 'text'; long?: boolean }
  | { kind: 'id' }
  | { kind: 'date' }
  | { kind: 'day' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'bool' }
  | { kind: 'number' }
  | { kind: 'list' }
  | { kind: 'ref'; to: RefTarget }
  | { kind: 'refs'; to: RefTarget };

/**
 * One column of a template sheet: its header, where its value lives in the JSON record (a path relative to
 * the record), how to read it, and the note shown under the header. Adding a field to the template is adding
 * one of these to a sheet's list; reading, writing, the notes row and the editor's forms all follow it.
 */
export interface Column {
  header: string;
  /** A label for forms ("Short title"). */
  label: string;
  path: readonly (string | number)[];
  type: ColumnType;
  required?: boolean;
  /** What the column holds, in a sentence; allowed values are appended from the type. */
  note: string;
}

/** The separator between items of a list cell. */
export const LIST_SEPARATOR = ';';

/** The note under a header: the column's own sentence, then what it accepts. */
export function columnNote(column: Column): string {
  const need = column.required ? 'Required.' : 'Optional.';
  return `${need} ${column.note}${allowedValues(column.type)}`;
}

function allowedValues(type: ColumnType): string {
  switch (type.kind) {
    case 'enum':
      return ` One of: ${type.values.join(', ')}.`;
    case 'bool':
      return ' yes or no.';
    case 'id':
      return ' Lower-case letters, digits and hyphens (a slug), unique in this sheet.';
    case 'date':
      return ' An EDTF date: 2025-03-11, a range 2025-03-23/2025-03-25, about March 2025 2025-03~, uncertain 2025-05-16?.';
    case 'day':
      return ' A day like 2025-06-27.';
    case 'number':
      return ' A number.';
    case 'list':
      return ` Several values separated by "${LIST_SEPARATOR}".`;
    case 'ref':
      return ` An id from the ${type.to} sheet.`;
    case 'refs':
      return ` Ids from the ${type.to} sheet, separated by "${LIST_SEPARATOR}".`;
    default:
      return '';
  }
}
