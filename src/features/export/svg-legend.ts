import { figureElement } from './svg-marks.ts';
import { num, textWidth, xmlText } from './svg-text.ts';
import type { LegendGroup, LegendItem, PictureTheme } from './timeline-picture.ts';

const ROW = 22;
const SWATCH = 32;
const SIZE = 12;

/**
 * The legend as flowing rows: each group's heading, then its items (swatch and words), wrapped at the
 * picture's width. Returns the colours of half-filled swatches, whose gradients the document must define.
 */
export function legendSvg(
  groups: readonly LegendGroup[],
  width: number,
  theme: PictureTheme,
): { svg: string; height: number; colours: string[] } {
  const out: string[] = [];
  const colours: string[] = [];
  let y = 0;
  for (const group of groups) {
    if (group.items.length === 0) continue;
    let x = 0;
    const heading = `${group.heading}:`;
    out.push(text(heading, 0, y, theme.text, 600));
    // Bold glyphs run about a tenth wider than the estimate for regular text.
    x += textWidth(heading, SIZE) * 1.1 + 10;
    for (const item of group.items) {
      const sw = swatchWidth(item);
      const w = sw + 6 + textWidth(item.label, SIZE);
      if (x > 0 && x + w > width) {
        x = 0;
        y += ROW;
      }
      out.push(swatch(item, x, y, theme), text(item.label, x + sw + 6, y, theme.text));
      if (item.swatch.kind === 'mark' && item.swatch.fill === 'half') colours.push(item.swatch.colour);
      x += w + 16;
    }
    y += ROW;
  }
  return { svg: out.join(''), height: y, colours };
}

function text(content: string, x: number, y: number, colour: string, weight = 400): string {
  return `<text x="${num(x)}" y="${num(y + 15)}" font-size="${SIZE}" font-weight="${weight}" fill="${colour}">${xmlText(content)}</text>`;
}

/** Points need 16 px; bars, bands and density strips show better at 32. */
function swatchWidth(item: LegendItem): number {
  return item.swatch.kind === 'mark' && item.swatch.figure.kind === 'point' ? 16 : SWATCH;
}

function swatch(item: LegendItem, x: number, y: number, theme: PictureTheme): string {
  const cy = y + 11;
  const s = item.swatch;
  if (s.kind === 'mark') {
    const w = swatchWidth(item);
    return figureElement(s.figure, x + w / 2, cy, x + 2, x + w - 2, s, theme);
  }
  if (s.kind === 'band') {
    return `<rect x="${num(x + 1.5)}" y="${num(cy - 6.5)}" width="${SWATCH - 3}" height="13" fill="url(#hatch)" stroke="${theme.muted}" stroke-dasharray="2 2"/>`;
  }
  return [8, 14, 19]
    .map(
      (dx) => `<rect x="${num(x + dx)}" y="${num(cy - 6)}" width="2" height="12" fill="${theme.density}"/>`,
    )
    .join('');
}
