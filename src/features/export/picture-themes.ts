import type { PictureTheme } from './timeline-picture.ts';

/**
 * The app's light and dark colours (Tailwind's slate scale) written out, since a downloaded SVG cannot read the
 * page's stylesheet. The marks' own colours come from the timeline's palette, passed in with the picture.
 */
export const pictureThemes: Record<'light' | 'dark', PictureTheme> = {
  light: {
    background: '#ffffff',
    text: '#0f172a',
    muted: '#475569',
    laneLabel: '#475569',
    grid: 'rgba(100,116,139,0.12)',
    border: '#e2e8f0',
    axisMajor: '#cbd5e1',
    axisMinor: '#94a3b8',
    hatch: 'rgba(71,85,105,0.55)',
    density: '#94a3b8',
    selection: '#1d4ed8',
    neutral: '#78716c',
  },
  dark: {
    background: '#020617',
    text: '#f1f5f9',
    muted: '#cbd5e1',
    laneLabel: '#cbd5e1',
    grid: 'rgba(148,163,184,0.12)',
    border: '#1e293b',
    axisMajor: '#475569',
    axisMinor: '#64748b',
    hatch: 'rgba(203,213,225,0.5)',
    density: '#64748b',
    selection: '#93c5fd',
    neutral: '#a8a29e',
  },
};
