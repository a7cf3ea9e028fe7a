import { num } from './svg-text.ts';
import type { MarkFigure, MarkFill, PictureMark, PictureTheme } from './timeline-picture.ts';

/** Sizes as the timeline's canvas draws them, in CSS pixels. */
const POINT = 14;
const BAR = 12;
const ROW = 30;

/** The id of the gradient that half-fills a mixed-format mark in this colour. */
const halfId = (colour: string) => `half-${colour.replace(/[^a-zA-Z0-9]/g, '')}`;

/** Pattern and gradients the marks refer to. */
export function markDefs(colours: Iterable<string>, theme: PictureTheme): string {
  const halves = [...new Set(colours)].map(
    (c) =>
      `<linearGradient id="${halfId(c)}"><stop offset="0.5" stop-color="${c}"/>` +
      `<stop offset="0.5" stop-color="${theme.background}"/></linearGradient>`,
  );
  return (
    `<pattern id="hatch" width="3.5" height="3.5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<line x1="0" y1="0" x2="0" y2="3.5" stroke="${theme.hatch}" stroke-width="1"/></pattern>${halves.join('')}`
  );
}

/** One mark figure centred on (cx, cy), painted by its format: fill, outline colour and dash. */
export function figureElement(
  figure: MarkFigure,
  cx: number,
  cy: number,
  left: number,
  right: number,
  paint: { fill: MarkFill; dash: readonly number[]; colour: string },
  theme: PictureTheme,
): string {
  const { fill, dash, colour } = paint;
  const inside = fill === 'solid' ? colour : fill === 'half' ? `url(#${halfId(colour)})` : theme.background;
  const stroke = ` fill="${inside}" stroke="${colour}" stroke-width="2"${dash.length > 0 ? ` stroke-dasharray="${dash.join(' ')}"` : ''}/>`;
  if (figure.kind === 'bar') {
    const width = num(Math.max(right - left, 1));
    return `<rect x="${num(left)}" y="${num(cy - BAR / 2)}" width="${width}" height="${BAR}" rx="${BAR / 2}"${stroke}`;
  }
  return `<path transform="translate(${num(cx)} ${num(cy)})" d="${figure.outline}"${stroke}`;
}

function markElement(mark: PictureMark, theme: PictureTheme): string {
  let out = '';
  if (mark.band) {
    const { left, right } = mark.band;
    const width = Math.max(right - left, POINT);
    const top = mark.y - BAR / 2 - 2;
    out +=
      `<rect x="${num(left + 0.5)}" y="${num(top + 0.5)}" width="${num(width - 1)}" height="${BAR + 3}"` +
      ` fill="url(#hatch)" stroke="${mark.colour}" stroke-dasharray="2 2"/>`;
  }
  out += figureElement(mark.figure, (mark.left + mark.right) / 2, mark.y, mark.left, mark.right, mark, theme);
  if (mark.faded) return `<g opacity="0.22">${out}</g>`;
  return mark.band ? `<g>${out}</g>` : out;
}

/**
 * Every mark, drawn the way the canvas draws it. Folded marks (a lane's overflow, the bulk of a very large
 * dataset) are merged into one path per row of one-pixel columns, so a picture of 100,000 rounds has as many
 * elements as the screen has room for, not one per round.
 */
export function marksSvg(marks: readonly PictureMark[], theme: PictureTheme): string {
  const shapes: string[] = [];
  const selected: PictureMark[] = [];
  const density = new Map<string, Set<number>>();
  for (const mark of marks) {
    if (mark.selected) selected.push(mark);
    if (!mark.folded) {
      shapes.push(markElement(mark, theme));
      continue;
    }
    const key = `${mark.faded ? 'f' : 'n'}${num(mark.y)}`;
    let columns = density.get(key);
    if (!columns) density.set(key, (columns = new Set()));
    columns.add(Math.round((mark.left + mark.right) / 2));
  }
  const strips = [...density].map(([key, columns]) => densityPath(key, columns, theme));
  const rings = selected.map(
    (m) =>
      `<rect x="${num(m.left - 4)}" y="${num(m.y - ROW / 2 + 2)}" width="${num(m.right - m.left + 8)}" height="${ROW - 4}" rx="8" fill="none" stroke="${theme.selection}" stroke-width="3"/>`,
  );
  return strips.join('') + shapes.join('') + rings.join('');
}

/** Adjacent pixel columns become one run: "M x y h w v 12 h -w z" per run. */
function densityPath(key: string, columns: Set<number>, theme: PictureTheme): string {
  const y = Number(key.slice(1)) - 6;
  const xs = [...columns].sort((a, b) => a - b);
  let d = '';
  for (let i = 0; i < xs.length;) {
    let j = i;
    while (j + 1 < xs.length && xs[j + 1]! <= xs[j]! + 2) j += 1;
    const width = xs[j]! + 2 - xs[i]!;
    d += `M${xs[i]} ${num(y)}h${width}v12h${-width}z`;
    i = j + 1;
  }
  const opacity = key.startsWith('f') ? ' opacity="0.22"' : '';
  return `<path d="${d}" fill="${theme.density}"${opacity}/>`;
}
