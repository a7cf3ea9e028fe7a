import { useRef } from 'react';
import type { DatedRound } from '../../domain/dated-rounds.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enPanel } from '../../i18n/en-panel.ts';
import { focusSoon } from '../../utils/focus-soon.ts';
import { focusRing, outlineButton } from './panel-styles.ts';

interface Props {
  previous: DatedRound | undefined;
  next: DatedRound | undefined;
  onSelect: (id: string) => void;
  onClose: () => void;
}

/** The panel's sticky top bar: step to the previous or next round in time order, or close the panel. */
export function PanelToolbar({ previous, next, onSelect, onClose }: Props) {
  const t = useMessages(enPanel);
  const barRef = useRef<HTMLDivElement>(null);
  // At the first or last round the step just used becomes disabled: focus moves to the other step
  // (or to Close), never to the page body.
  const step = (id: string) => {
    onSelect(id);
    const bar = barRef.current;
    focusSoon(() => [...(bar?.querySelectorAll('button') ?? [])]);
  };
  return (
    <div
      ref={barRef}
      className="sticky top-0 z-10 flex items-center gap-2 border-b border-slate-200 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-950"
    >
      <nav aria-label={t.panelSteps} className="flex min-w-0 flex-1 gap-2">
        <StepButton label={t.panelPrevious} arrow="‹" before target={previous} onSelect={step} />
        <StepButton label={t.panelNext} arrow="›" target={next} onSelect={step} />
      </nav>
      <button
        type="button"
        aria-label={t.panelClose}
        title={t.panelCloseHint}
        onClick={onClose}
        className={`inline-flex size-11 shrink-0 items-center justify-center rounded-md text-lg text-slate-700 hover:bg-slate-100 sm:size-9 dark:text-slate-200 dark:hover:bg-slate-800 ${focusRing}`}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}

interface StepProps {
  label: string;
  arrow: string;
  /** The arrow goes before the label (Previous), else after it (Next). */
  before?: boolean;
  target: DatedRound | undefined;
  onSelect: (id: string) => void;
}

/** The name starts with the label and then names the neighbour, so a screen reader says where it goes. */
function StepButton({ label, arrow, before = false, target, onSelect }: StepProps) {
  const arrowSpan = <span aria-hidden="true">{arrow}</span>;
  return (
    <button
      type="button"
      disabled={target === undefined}
      title={target && `${label}: ${target.round.title}`}
      onClick={target && (() => onSelect(target.round.id))}
      className={`inline-flex items-center gap-1 whitespace-nowrap ${outlineButton}`}
    >
      {before && arrowSpan}
      {label}
      {target && <span className="sr-only">: {target.round.title}</span>}
      {!before && arrowSpan}
    </button>
  );
}
