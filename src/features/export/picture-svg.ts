import { legendSvg } from './svg-legend.ts';
import { markDefs, marksSvg } from './svg-marks.ts';
import { num, wrapText, xmlText } from './svg-text.ts';
import type { TimelinePicture } from './timeline-picture.ts';

const PAD = 16;
const AXIS = 44;
const FONT = `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif"`;

/** A picture's SVG document and its size in CSS pixels. */
export interface PictureSvg {
  svg: string;
  width: number;
  height: number;
}

/**
 * The timeline picture as one standalone SVG document: title and what the view shows, the date axis, the lanes
 * with their marks and labels, a legend of the encodings in view, then credit and source. Every colour is
 * written out, so the file looks the same in any viewer, in the theme it was taken in.
 */
export function pictureSvg(p: TimelinePicture): PictureSvg {
  const t = p.theme;
  const width = p.width + 2 * PAD;
  const parts: string[] = [];
  let y = PAD;

  const lines = (texts: readonly string[], size: number, colour: string, weight = 400, gap = 1.35) => {
    for (const text of texts) {
      for (const line of wrapText(text, p.width, size)) {
        y += size * gap;
        parts.push(
          `<text x="${PAD}" y="${num(y - size * 0.3)}" font-size="${size}" font-weight="${weight}" fill="${colour}">${xmlText(line)}</text>`,
        );
      }
    }
  };
  lines([p.title], 20, t.text, 700);
  y += 4;
  lines(p.subtitle, 13, t.muted);
  y += 10;

  const frameTop = y;
  parts.push(`<g transform="translate(${PAD},${num(y)})">${axisSvg(p)}</g>`);
  y += AXIS;
  parts.push(`<g transform="translate(${PAD},${num(y)})">${bodySvg(p)}</g>`);
  y += p.bodyHeight;
  parts.push(
    `<rect x="${PAD - 0.5}" y="${num(frameTop - 0.5)}" width="${p.width + 1}" height="${num(y - frameTop + 1)}" rx="6" fill="none" stroke="${t.border}"/>`,
  );

  y += 14;
  const legend = legendSvg(p.legend, p.width, t);
  parts.push(`<g transform="translate(${PAD},${num(y)})">${legend.svg}</g>`);
  y += legend.height + 6;
  lines(p.footer, 11, t.muted, 400, 1.5);
  y += PAD;

  const height = Math.ceil(y);
  const colours = p.marks.filter((m) => m.fill === 'half').map((m) => m.colour);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" ${FONT}>` +
    `<title>${xmlText(p.title)}</title><desc>${xmlText([...p.subtitle, ...p.footer].join('\n'))}</desc>` +
    `<defs>${markDefs([...colours, ...legend.colours], t)}</defs>` +
    `<rect width="${width}" height="${height}" fill="${t.background}"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}

/** The two-level date axis, as the timeline draws it above the lanes. */
function axisSvg(p: TimelinePicture): string {
  const t = p.theme;
  const out: string[] = [`<svg width="${p.width}" height="${AXIS}" overflow="hidden">`];
  for (const tick of p.axis.major) {
    if (!tick.sticky)
      out.push(`<line x1="${num(tick.x)}" x2="${num(tick.x)}" y2="${AXIS}" stroke="${t.axisMajor}"/>`);
    out.push(
      `<text x="${num(tick.x + 4)}" y="15" font-size="12" font-weight="600" fill="${t.muted}">${xmlText(tick.label)}</text>`,
    );
  }
  for (const tick of p.axis.minor) {
    out.push(
      `<line x1="${num(tick.x)}" x2="${num(tick.x)}" y1="${AXIS - 8}" y2="${AXIS}" stroke="${t.axisMinor}"/>` +
        `<text x="${num(tick.x + 3)}" y="${AXIS - 12}" font-size="11" fill="${t.muted}">${xmlText(tick.label)}</text>`,
    );
  }
  out.push(`<line x2="${p.width}" y1="${AXIS - 0.5}" y2="${AXIS - 0.5}" stroke="${t.axisMajor}"/></svg>`);
  return out.join('');
}

/** Gridlines, lane separators and names, marks, then labels, clipped to the view like the screen. */
function bodySvg(p: TimelinePicture): string {
  const t = p.theme;
  const grid = p.gridlines.map((x) => `M${Math.round(x) + 0.5} 0v${p.bodyHeight}`).join('');
  const separators = p.lanes.map((l) => `M0 ${Math.round(l.top + l.height) - 0.5}h${p.width}`).join('');
  const lanes = p.lanes.map((l) => {
    const more = l.more ? `<tspan font-weight="400">${xmlText(l.more)}</tspan>` : '';
    return `<text x="8" y="${num(l.top + 16)}" font-size="12" font-weight="600" letter-spacing="0.05em" fill="${t.laneLabel}">${xmlText(l.label.toUpperCase())}${more}</text>`;
  });
  const labels = p.labels.map(
    (l) =>
      `<text x="${num(l.x)}" y="${num(l.y + 4)}" font-size="12" fill="${t.text}">${xmlText(l.text)}</text>`,
  );
  return (
    `<svg width="${p.width}" height="${p.bodyHeight}" overflow="hidden">` +
    `<path d="${grid}${separators}" stroke="${t.grid}" fill="none"/>${lanes.join('')}` +
    `${marksSvg(p.marks, t)}<g class="labels">${labels.join('')}</g></svg>`
  );
}
