import { formatRoundDate, tryParseEdtf } from '../../domain/dates.ts';

const EXAMPLES: readonly [string, string][] = [
  ['16 May 2025', '2025-05-16'],
  ['between 23 and 25 March 2025', '2025-03-23/2025-03-25'],
  ['about March 2025', '2025-03~'],
  ['in March 2025 (day unknown)', '2025-03'],
  ['16 May 2025, not confirmed', '2025-05-16?'],
  ['spring 2025', '2025-21'],
];

/** How the date typed so far reads, and how to write the usual kinds of vague date. */
export function EdtfHint({ value, id }: { value: unknown; id: string }) {
  const text = typeof value === 'string' ? value.trim() : '';
  const parsed = text === '' ? null : tryParseEdtf(text);
  return (
    <div id={id} className="mt-1 space-y-1 text-xs text-slate-600 dark:text-slate-400">
      {parsed?.ok && <p>Reads as: {formatRoundDate(parsed.date)}</p>}
      <details>
        <summary className="cursor-pointer font-medium text-blue-800 dark:text-blue-300">
          How to write dates
        </summary>
        <table className="mt-1">
          <tbody>
            {EXAMPLES.map(([words, edtf]) => (
              <tr key={edtf}>
                <td className="pr-3">{words}</td>
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
