import { formatRoundDate, tryParseEdtf } from '../../domain/dates.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enEditor } from '../../i18n/en-editor.ts';

/** EDTF for the examples; their words (dateExamples) are in the same order. */
const EXAMPLES: readonly string[] = [
  '2025-05-16',
  '2025-03-23/2025-03-25',
  '2025-03~',
  '2025-03',
  '2025-05-16?',
  '2025-21',
];

/** How the date typed so far reads, and how to write the usual kinds of vague date. */
export function EdtfHint({ value, id }: { value: unknown; id: string }) {
  const text = typeof value === 'string' ? value.trim() : '';
  const parsed = text === '' ? null : tryParseEdtf(text);
  const t = useMessages(enEditor).editor;
  return (
    <div id={id} className="mt-1 space-y-1 text-xs text-slate-600 dark:text-slate-400">
      {parsed?.ok && <p>{t.readsAs(formatRoundDate(parsed.date))}</p>}
      <details>
        <summary className="cursor-pointer font-medium text-blue-800 dark:text-blue-300">
          {t.howToWriteDates}
        </summary>
        <table className="mt-1">
          <tbody>
            {EXAMPLES.map((edtf, i) => (
              <tr key={edtf}>
                <td className="pr-3">{t.dateExamples[i]}</td>
                <td>
                  <code className="font-mono text-slate-900 dark:text-slate-100">{edtf}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
