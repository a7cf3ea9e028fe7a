import type { OutcomeStatus } from '../domain/schema.ts';

/**
 * Colour and glyph per outcome status. The glyph carries the meaning too, so the encoding survives
 * colour blindness and greyscale print; colours keep WCAG AA contrast in both themes.
 */
export const outcomeStyles: Record<OutcomeStatus, { glyph: string; badge: string; fill: string }> = {
  agreed: {
    glyph: '✓',
    badge: 'bg-emerald-100 text-emerald-900 ring-emerald-700/30 dark:bg-emerald-900/60 dark:text-emerald-100',
    fill: '#059669',
  },
  'agreed-in-principle': {
    glyph: '◐',
    badge: 'bg-teal-50 text-teal-900 ring-teal-700/30 dark:bg-teal-900/50 dark:text-teal-100',
    fill: '#0d9488',
  },
  'partly-agreed': {
    glyph: '±',
    badge: 'bg-lime-50 text-lime-900 ring-lime-700/30 dark:bg-lime-900/50 dark:text-lime-100',
    fill: '#65a30d',
  },
  proposed: {
    glyph: '?',
    badge: 'bg-amber-50 text-amber-900 ring-amber-700/30 dark:bg-amber-900/50 dark:text-amber-100',
    fill: '#d97706',
  },
  'not-agreed': {
    glyph: '✕',
    badge: 'bg-rose-50 text-rose-900 ring-rose-700/30 dark:bg-rose-900/50 dark:text-rose-100',
    fill: '#e11d48',
  },
  discussed: {
    glyph: '•',
    badge: 'bg-slate-100 text-slate-800 ring-slate-600/30 dark:bg-slate-800 dark:text-slate-100',
    fill: '#64748b',
  },
};
