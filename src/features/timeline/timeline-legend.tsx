import type { ReactNode } from 'react';
import { outcomeStyles } from '../../components/outcome-badge-style.ts';
import { outcomeStatuses } from '../../domain/schema.ts';
import { formatLabels, outcomeStatusLabels } from '../../domain/vocabulary-labels.ts';

const swatch = 'inline-block h-4 w-8 shrink-0';
const ink = 'stroke-slate-700 dark:stroke-slate-200';

/** Explains every encoding the marks use: shape, fill, colour, hatching and the density strip. */
export function TimelineLegend({ open = true }: { open?: boolean }) {
  return (
    <details
      className="mt-3 rounded-md border border-slate-200 px-3 py-2 text-sm dark:border-slate-800"
      open={open}
    >
      <summary className="cursor-pointer">
        <h2 className="inline font-semibold">Legend</h2>
      </summary>
      <div className="mt-2 grid gap-x-8 gap-y-3 sm:grid-cols-3">
        <div>
          <h3 className="mb-1 font-medium">Shape: kind of event and its dates</h3>
          <ul aria-label="Shapes" className="space-y-1">
            <Item label="Talks on one day">
              <circle cx="16" cy="8" r="6" className={`fill-slate-500 ${ink}`} />
            </Item>
            <Item label="Leaders’ call">
              <path d="M16 1 L23 8 L16 15 L9 8 Z" className={`fill-slate-500 ${ink}`} />
            </Item>
            <Item label="Exchange carried out">
              <rect x="10" y="2" width="12" height="12" className={`fill-slate-500 ${ink}`} />
            </Item>
            <Item label="Several days: a bar over the range">
              <rect x="2" y="3" width="28" height="10" rx="5" className={`fill-slate-500 ${ink}`} />
            </Item>
            <Item label="Approximate date: hatched band over the possible days">
              <defs>
                <pattern
                  id="legend-hatch"
                  width="5"
                  height="5"
                  patternUnits="userSpaceOnUse"
                  patternTransform="rotate(45)"
                >
                  <line x1="0" y1="0" x2="0" y2="5" className={ink} />
                </pattern>
              </defs>
              <rect
                x="1"
                y="1"
                width="30"
                height="14"
                fill="url(#legend-hatch)"
                strokeDasharray="2 2"
                className={ink}
              />
            </Item>
            <Item label="More rounds than rows: zoom in to see them">
              <rect x="8" y="2" width="2" height="12" className="fill-slate-400" />
              <rect x="14" y="2" width="2" height="12" className="fill-slate-400" />
              <rect x="19" y="2" width="2" height="12" className="fill-slate-400" />
            </Item>
          </ul>
        </div>
        <div>
          <h3 className="mb-1 font-medium">Fill: format</h3>
          <ul aria-label="Formats" className="space-y-1">
            <Item label={formatLabels['in-person']}>
              <circle cx="16" cy="8" r="6" strokeWidth="2" className={`fill-slate-500 ${ink}`} />
            </Item>
            <Item label={formatLabels.remote}>
              <circle
                cx="16"
                cy="8"
                r="6"
                strokeWidth="2"
                className={`fill-white dark:fill-slate-950 ${ink}`}
              />
            </Item>
            <Item label={formatLabels.indirect}>
              <circle
                cx="16"
                cy="8"
                r="6"
                strokeWidth="2"
                strokeDasharray="3 2"
                className={`fill-white dark:fill-slate-950 ${ink}`}
              />
            </Item>
            <Item label={formatLabels.mixed}>
              <circle
                cx="16"
                cy="8"
                r="6"
                strokeWidth="2"
                className={`fill-white dark:fill-slate-950 ${ink}`}
              />
              <path d="M16 2 A6 6 0 0 0 16 14 Z" className="fill-slate-500" />
            </Item>
          </ul>
        </div>
        <div>
          <h3 className="mb-1 font-medium">Colour: what came of it (in topic lanes, of that topic)</h3>
          <ul aria-label="Outcomes" className="space-y-1">
            {outcomeStatuses.map((status) => (
              <li key={status} className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className="inline-block size-4 shrink-0 rounded-full"
                  style={{ background: outcomeStyles[status].fill }}
                />
                <span>
                  <span aria-hidden="true">{outcomeStyles[status].glyph} </span>
                  {outcomeStatusLabels[status]}
                </span>
              </li>
            ))}
            <li className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className="inline-block size-4 shrink-0 rounded-full bg-stone-500 dark:bg-stone-400"
              />
              <span>No outcome recorded</span>
            </li>
          </ul>
        </div>
      </div>
    </details>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <li className="flex items-center gap-2">
      <svg viewBox="0 0 32 16" className={swatch} aria-hidden="true">
        {children}
      </svg>
      <span>{label}</span>
    </li>
  );
}
