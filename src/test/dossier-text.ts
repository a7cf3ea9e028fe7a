import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The dossiers the bundled data was compiled from, as text (data/sources/). */
export function readDossier(name: 'dossier.md' | 'dossier-2025-08-onward.md'): string {
  return readFileSync(path.resolve(import.meta.dirname, '../../data/sources', name), 'utf8');
}

/** The body of the section whose heading starts with `heading` ("## 38."), up to the next "## ". */
export function section(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const end = text.indexOf('\n## ', start + heading.length + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

/** The numbered items of a list section ("1. **…**"), each with the source ids it cites. */
export function numberedItems(body: string): { n: number; text: string; sources: string[] }[] {
  return body
    .split(/\n(?=\d+\. )/)
    .slice(1)
    .map((text) => ({
      n: Number(/^(\d+)\./.exec(text)?.[1]),
      text,
      sources: [...new Set([...text.matchAll(/\[(S\d+)\]/g)].map((m) => m[1] ?? ''))],
    }));
}

/** The rows of a Markdown table in `body`, as arrays of trimmed cells (header and rule rows left out). */
export function tableRows(body: string): string[][] {
  return body
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[-| ]+\|$/.test(line))
    .slice(1)
    .map((line) =>
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
}
