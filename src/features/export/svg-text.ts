/** Text made safe inside SVG/XML elements and attribute values. */
export function xmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Average glyph width of the picture's sans-serif font, as a share of its size (wide enough for capitals). */
const GLYPH = 0.56;

/** The estimated width of a text at a font size, for layout without a DOM to measure in. */
export function textWidth(text: string, size: number): number {
  return text.length * size * GLYPH;
}

/** Breaks a text into lines no wider than `width` at `size`, at spaces; an overlong word gets its own line. */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Numbers short enough to keep the file small: two decimals at most. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}
