import { formatPath, ROOT_PATH } from '../domain/validation-issue.ts';
import type { SheetLocation } from './workbook.ts';

/**
 * Remembers which sheet, row and column each JSON path of an assembled dataset came from, so a validation
 * issue at `rounds[2].participants[0].party` can be told as "participants sheet, row 4, column party".
 */
export class PathLocator {
  private readonly cells = new Map<string, SheetLocation>();
  private readonly sheets = new Map<string, SheetLocation>();

  /** Records a cell (a column's value) or a whole row (an object) at a path. */
  add(path: readonly PropertyKey[], location: SheetLocation): void {
    const key = formatPath(path);
    if (!this.cells.has(key)) this.cells.set(key, location);
  }

  /** Where problems with a whole collection (`rounds`) are pointed: its sheet's header row. */
  addCollection(path: string, location: SheetLocation): void {
    this.sheets.set(path, location);
  }

  /** The most specific recorded place at or above the path; null only for paths no sheet produced. */
  locate(path: string): SheetLocation | null {
    for (let current: string | null = path; current !== null; current = parentPath(current)) {
      const found = this.cells.get(current) ?? this.sheets.get(current);
      if (found) return found;
    }
    return null;
  }
}

/** `rounds[2].sources[1]` → `rounds[2].sources` → `rounds[2]` → `rounds` → null. */
function parentPath(path: string): string | null {
  if (path === ROOT_PATH) return null;
  const match = /(\[[^\]]*\]|\.[^.[\]]+)$/.exec(path);
  if (!match) return null;
  const parent = path.slice(0, match.index);
  return parent === '' ? null : parent;
}
