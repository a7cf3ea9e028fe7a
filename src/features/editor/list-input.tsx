import { useState } from 'react';
import { LIST_SEPARATOR } from '../../spreadsheet/column-types.ts';
import { inputClass } from './field-styles.ts';

interface Props {
  id: string;
  'aria-describedby': string;
  'aria-invalid': true | undefined;
  value: unknown;
  required: boolean;
  onChange: (value: unknown) => void;
}

const join = (value: unknown) => (Array.isArray(value) ? value.join(`${LIST_SEPARATOR} `) : '');
const split = (text: string) =>
  text
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);

/** Several short values in one box, "en; uk", as in the spreadsheet. Keeps the text as typed while typing. */
export function ListInput({ value, required, onChange, ...a11y }: Props) {
  const [text, setText] = useState(() => join(value));
  // The draft can change under the field (an import, Start over): then the box follows it.
  const shown = join(split(text)) === join(value) ? text : join(value);
  return (
    <input
      {...a11y}
      value={shown}
      onChange={(event) => {
        setText(event.target.value);
        const items = split(event.target.value);
        onChange(items.length > 0 || required ? items : undefined);
      }}
      className={inputClass}
    />
  );
}
