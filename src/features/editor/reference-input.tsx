import { useState } from 'react';
import type { RefTarget } from '../../spreadsheet/column-types.ts';
import type { ComponentType } from 'react';
import type { Draft } from './draft-store.ts';
import type { FieldControlProps } from './field-control.tsx';
import { entityOptions } from './entity-options.ts';
import { inputClass, smallButtonClass } from './field-styles.ts';
import { NewEntityForm } from './new-entity-form.tsx';
import { useMessages } from '../../i18n/catalogue.ts';
import { enEditor } from '../../i18n/en-editor.ts';

interface Props {
  id: string;
  'aria-describedby': string;
  'aria-invalid': true | undefined;
  label: string;
  target: RefTarget;
  many: boolean;
  value: unknown;
  draft: Draft;
  onChange: (value: unknown) => void;
  /** The field control, passed in rather than imported: fields contain this input, so importing it would be a cycle. */
  Field: ComponentType<FieldControlProps>;
}

const CREATABLE: readonly RefTarget[] = ['people', 'sources', 'parties', 'topics'];

/**
 * A picker instead of a typed id: people by name, sources by publisher and title. For people, sources,
 * parties and topics a new one can be added right here, without leaving the round.
 */
export function ReferenceInput({ label, target, many, value, draft, onChange, Field, ...a11y }: Props) {
  const [creating, setCreating] = useState(false);
  const options = entityOptions(draft, target);
  const chosen = many ? (Array.isArray(value) ? value.map(String) : []) : [];
  const single = !many && typeof value === 'string' ? value : '';
  const t = useMessages(enEditor).editor;
  const words = t.targets[target];
  const labelOf = (id: string) => options.find((option) => option.id === id)?.label ?? words.missing(id);
  const pick = (id: string) => {
    if (id === '') return many ? undefined : onChange(undefined);
    onChange(many ? [...chosen.filter((c) => c !== id), id] : id);
  };

  return (
    <div>
      {many && chosen.length > 0 && (
        <ul aria-label={t.chosen(label)} className="mb-1 flex flex-wrap gap-1">
          {chosen.map((id) => (
            <li
              key={id}
              className="flex items-center gap-1 rounded-full border border-slate-300 bg-slate-50 py-0.5 pr-1 pl-2 text-xs dark:border-slate-600 dark:bg-slate-800"
            >
              <span className="max-w-[16rem] truncate" title={labelOf(id)}>
                {labelOf(id)}
              </span>
              <button
                type="button"
                aria-label={t.removeChosen(labelOf(id))}
                onClick={() => onChange(chosen.filter((c) => c !== id))}
                className="rounded-full px-1 leading-none hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-blue-600 dark:hover:bg-slate-700"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <select
          {...a11y}
          value={many ? '' : single}
          onChange={(e) => pick(e.target.value)}
          className={`${inputClass} min-w-0 flex-1`}
        >
          <option value="">{many ? words.addOption : words.chooseOption}</option>
          {!many && single !== '' && !options.some((option) => option.id === single) && (
            <option value={single}>{labelOf(single)}</option>
          )}
          {options
            .filter((option) => !chosen.includes(option.id))
            .map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
        </select>
        {CREATABLE.includes(target) && !creating && (
          <button type="button" onClick={() => setCreating(true)} className={smallButtonClass}>
            {words.newButton}
          </button>
        )}
      </div>
      {creating && (
        <NewEntityForm
          target={target}
          draft={draft}
          Field={Field}
          onCancel={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            pick(id);
          }}
        />
      )}
    </div>
  );
}
