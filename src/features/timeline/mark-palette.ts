/** Colours the canvas needs; canvas cannot read Tailwind classes, so both themes are spelled out here. */
export interface MarkPalette {
  background: string;
  noOutcome: string;
  selection: string;
  hatch: string;
  density: string;
}

export const lightPalette: MarkPalette = {
  background: '#ffffff',
  noOutcome: '#78716c',
  selection: '#1d4ed8',
  hatch: 'rgba(71, 85, 105, 0.55)',
  density: '#94a3b8',
};

export const darkPalette: MarkPalette = {
  background: '#020617',
  noOutcome: '#a8a29e',
  selection: '#93c5fd',
  hatch: 'rgba(203, 213, 225, 0.5)',
  density: '#64748b',
};
