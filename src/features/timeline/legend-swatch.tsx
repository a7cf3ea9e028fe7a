import { useId } from 'react';
import { formatEncoding, kindEncoding, kindShape, outcomeEncoding, type LegendChannel } from './encoding.ts';
import { pointShapePath } from './mark-shapes.ts';
import type { OutcomeStatus, RoundFormat } from '../../domain/schema.ts';

const ink = 'stroke-slate-700 dark:stroke-slate-200';
const solid = `fill-slate-500 ${ink}`;
const hollow = `fill-white dark:fill-slate-950 ${ink}`;
// The canvas draws a point with radius 6 (see draw-marks.ts); the legend draws it at the same size.
const R = 6;

/** The small picture beside a legend entry, drawn from the encoding spec like the canvas marks. */
export function LegendSwatch({ channel, value }: { channel: LegendChannel['id']; value: string }) {
  if (channel === 'outcome') return <OutcomeSwatch value={value} />;
  return (
    <svg viewBox="0 0 32 16" className="inline-block h-4 w-8 shrink-0" aria-hidden="true">
      {channel === 'shape' ? <ShapeSwatch value={value} /> : <FormatSwatch value={value as RoundFormat} />}
    </svg>
  );
}

function ShapeSwatch({ value }: { value: string }) {
  const hatchId = useId();
  if (value in kindEncoding) return <path d={pointShapePath(kindShape(value), 16, 8, R)} className={solid} />;
  if (value === 'range') return <rect x="2" y="3" width="28" height="10" rx="5" className={solid} />;
  if (value === 'approximate') {
    return (
      <>
        <defs>
          <pattern
            id={hatchId}
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
          fill={`url(#${hatchId})`}
          strokeDasharray="2 2"
          className={ink}
        />
      </>
    );
  }
  return (
    <>
      {[8, 14, 19].map((x) => (
        <rect key={x} x={x} y="2" width="2" height="12" className="fill-slate-400" />
      ))}
    </>
  );
}

function FormatSwatch({ value }: { value: RoundFormat }) {
  const clipId = useId();
  const { fill, dash } = formatEncoding[value];
  const dashArray = dash.length > 0 ? dash.join(' ') : undefined;
  return (
    <>
      <circle
        cx="16"
        cy="8"
        r={R}
        strokeWidth="2"
        strokeDasharray={dashArray}
        className={fill === 'solid' ? solid : hollow}
      />
      {fill === 'half' && (
        <>
          <clipPath id={clipId}>
            <circle cx="16" cy="8" r={R} />
          </clipPath>
          <rect x="8" y="0" width="8" height="16" clipPath={`url(#${clipId})`} className="fill-slate-500" />
        </>
      )}
    </>
  );
}

function OutcomeSwatch({ value }: { value: string }) {
  const encoded = (outcomeEncoding as Partial<Record<string, { colour: string }>>)[value];
  return (
    <span
      aria-hidden="true"
      className={`inline-block size-4 shrink-0 rounded-full ${encoded ? '' : 'bg-stone-500 dark:bg-stone-400'}`}
      style={encoded ? { background: outcomeEncoding[value as OutcomeStatus].colour } : undefined}
    />
  );
}
