import type { OutcomeStatus } from '../domain/schema.ts';

/**
 * Colour and glyph per outcome status. The glyph carries the meaning too, so the encoding survives
 * colour blindness and greyscale print; colours keep WCAG AA contrast in both themes.
 */
export const outcomeStyles: Record<OutcomeStatus, { glyph: string; badge: string; fill: string }> = {
  agreed: {
    glyph: '✓',
    badge: 'bg-emerald-100 text-emerald-900 ring-emerald-700/30 dark:bg-emerald-900/60 dark:text-emerald-100',
    fill: '#047857',
  },
  'agreed-in-principle': {
    glyph: '◐',
    badge: 'bg-cyan-50 text-cyan-900 ring-cyan-700/30 dark:bg-cyan-900/50 dark:text-cyan-100',
    fill: '#0891b2',
  },
  'partly-agreed': {
    glyph: '±',
    badge: 'bg-yellow-50 text-yellow-900 ring-yellow-700/30 dark:bg-yellow-900/50 dark:text-yellow-100',
    fill: '#a16207',
  },
  proposed: {
    glyph: '?',
    badge: 'bg-violet-50 text-violet-900 ring-violet-700/30 dark:bg-violet-900/50 dark:text-violet-100',
    fill: '#7c3aed',
  },
  'not-agreed': {
    glyph: '✕',
    badge: 'bg-red-50 text-red-900 ring-red-700/30 dark:bg-red-900/50 dark:text-red-100',
    fill: '#dc2626',
  },
  discussed: {
    glyph: '•',
    badge: 'bg-slate-100 text-slate-800 ring-slate-600/30 dark:bg-slate-800 dark:text-slate-100',
    fill: '#64748b',
  },
};
