import { useId, type ReactNode } from 'react';
import { wordIssue } from '../../domain/problem.ts';
import type { ValidationIssue } from '../../domain/validation-issue.ts';
import type { Column } from '../../spreadsheet/column-types.ts';
import { EdtfHint } from './edtf-hint.tsx';
import { errorTextClass, hintTextClass, inputClass } from './field-styles.ts';
import { ListInput } from './list-input.tsx';
import { ReferenceInput } from './reference-input.tsx';
import type { Draft } from './draft-store.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enEditor } from '../../i18n/en-editor.ts';
import { enProblems } from '../../i18n/en-problems.ts';

export interface FieldControlProps {
  column: Column;
  value: unknown;
  /** What is wrong with the value, worded in the interface's language. */
  errors: readonly Pick<ValidationIssue, 'message' | 'problem'>[];
  draft: Draft;
  onChange: (value: unknown) => void;
}

/**
 * One field of a record, built from its template column: the same words as the spreadsheet's notes row,
 * the control its type needs, and its errors right under it, tied to it for screen readers.
 */
export function FieldControl({ column, value, errors, draft, onChange }: FieldControlProps) {
  const id = useId();
  const t = useMessages(enEditor).editor;
  const words = useMessages(enProblems).problem;
  const label = t.fieldLabels[column.label] ?? column.label;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [errors.length > 0 ? errorId : '', hintId].filter(Boolean).join(' ');
  const a11y = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': errors.length > 0 ? true : undefined,
    'aria-required': column.required ? true : undefined,
  } as const;
  const { type } = column;
  const text = (next: string) => onChange(next === '' ? (column.required ? '' : undefined) : next);
  let control: ReactNode;
  switch (type.kind) {
    case 'enum':
      control = (
        <select
          {...a11y}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => text(e.target.value)}
          className={inputClass}
        >
          <option value="">{column.required ? t.choose : '—'}</option>
          {type.values.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      );
      break;
    case 'bool':
      control = (
        <input
          {...a11y}
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange(e.target.checked ? true : undefined)}
          className="h-5 w-5 accent-blue-700"
        />
      );
      break;
    case 'number':
      control = (
        <input
          {...a11y}
          inputMode="decimal"
          value={value === undefined ? '' : String(value)}
          onChange={(e) => {
            const raw = e.target.value.trim();
            const number = Number(raw);
            onChange(raw === '' ? undefined : Number.isFinite(number) && !raw.endsWith('.') ? number : raw);
          }}
          className={inputClass}
        />
      );
      break;
    case 'list':
      control = <ListInput {...a11y} value={value} required={column.required === true} onChange={onChange} />;
      break;
    case 'ref':
    case 'refs':
      control = (
        <ReferenceInput
          {...a11y}
          label={label}
          target={type.to}
          many={type.kind === 'refs'}
          value={value}
          draft={draft}
          onChange={onChange}
          Field={FieldControl}
        />
      );
      break;
    default:
      control =
        type.kind === 'text' && type.long ? (
          <textarea
            {...a11y}
            rows={3}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => text(e.target.value)}
            className={inputClass}
          />
        ) : (
          <input
            {...a11y}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => text(e.target.value)}
            className={inputClass}
          />
        );
  }
  const wide = (type.kind === 'text' && type.long) || type.kind === 'refs';
  return (
    <div className={wide ? 'sm:col-span-2' : ''}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
        {column.required && (
          <span className="font-normal text-slate-600 dark:text-slate-400">{t.required}</span>
        )}
      </label>
      {control}
      {errors.length > 0 && (
        <ul id={errorId} className={`mt-1 ${errorTextClass}`}>
          {errors.map((issue, i) => (
            <li key={i}>
              {label}: {wordIssue(issue, words)}
            </li>
          ))}
        </ul>
      )}
      {type.kind === 'date' ? (
        <EdtfHint id={hintId} value={value} />
      ) : (
        <p id={hintId} className={`mt-1 ${hintTextClass}`}>
          {t.fieldNotes[column.note] ?? column.note}
        </p>
      )}
    </div>
  );
}
