import { firstIndex } from '../../utils/first-index.ts';
import { ITEMS_PER_STEP, runInSlices, runSteps, type Steps } from '../../utils/steps.ts';
import {
  foldedMark,
  LAYOUT,
  markLeft,
  markRight,
  midX,
  type MarkGeometry,
  type TimelineLayout,
} from './mark-layout.ts';

/** What a hit tester searches: a layout's shapes and folded marks. */
type Marks = Pick<TimelineLayout, 'shapes' | 'folded'>;

/** How far from a mark's centre, in CSS pixels, a pointer still picks it: half the 24 px target size. */
export const PICK_RADIUS = 12;

/** The mark at a point of the timeline's body, if any. */
export type HitTest = (x: number, y: number) => MarkGeometry | undefined;

/** A hit tester being prepared in slices: `hit` answers at once, finishing the preparation first if need be. */
export interface PreparedHitTester {
  hit: HitTest;
  /** Abandons the slices (the layout changed). */
  stop: () => void;
}

/** Starts preparing the hit tester for `marks` in slices, after `delayMs` of rest (see useDensityPick). */
export function preparedHitTester(marks: Marks, delayMs: number): PreparedHitTester {
  const steps = hitTesterSteps(marks);
  let ready: HitTest | null = null;
  let failure: { error: unknown } | null = null;
  const stop = runInSlices(steps, {
    done: (hit) => (ready = hit),
    failed: (error) => (failure = { error }),
    delayMs,
  });
  return {
    hit(x, y) {
      if (failure) throw failure.error;
      if (ready === null) {
        stop();
        try {
          ready = runSteps(steps);
        } catch (error) {
          failure = { error };
          throw error;
        }
      }
      return ready(x, y);
    },
    stop,
  };
}

/**
 * Finds the mark under a pointer among thousands (the density view has no button per mark): the mark whose
 * centre is nearest, closer than PICK_RADIUS, else a wide range bar anywhere along its length.
 *
 * Marks sit in rows (a y each), so they are bucketed by row and, within a row, put in order of centre (mostly
 * the layout's time order already): a pointer looks at the one or two rows within reach and binary-searches
 * them. Building that is about one pass over the marks, where a quadtree over 100,000 marks took a long task
 * of its own on the first pointer move after every pan. Written as steps (utils/steps.ts), so that it can be
 * prepared in slices while the view rests, before the pointer asks.
 */
export function* hitTesterSteps({ shapes, folded }: Marks): Steps<HitTest> {
  // One pass over up to 100,000 marks on the first pointer move after a layout change, often before the engine
  // has optimised it: plain loops and arithmetic inline (it took ~385 ms through midX and markRight).
  const rows = new Map<number, MarkGeometry[]>();
  const wide: MarkGeometry[] = [];
  const add = (mark: MarkGeometry) => {
    const row = rows.get(mark.y);
    if (row) row.push(mark);
    else rows.set(mark.y, [mark]);
    // markRight(mark) - markLeft(mark), without the calls: a point is as wide as LAYOUT.pointWidth.
    const width =
      mark.item.dateKind === 'day' ? LAYOUT.pointWidth : Math.max(mark.x1 - mark.x0, LAYOUT.pointWidth);
    if (width > 2 * PICK_RADIUS) wide.push(mark);
  };
  // Shapes and folded marks never share a row (the folded ones have their lane's strip), so each row's
  // marks stay in the layout's order.
  for (let i = 0; i < shapes.length; i += 1) {
    if (i % ITEMS_PER_STEP === 0) yield;
    add(shapes[i]!);
  }
  for (let k = 0; k < folded.position.length; k += 1) {
    if (k % ITEMS_PER_STEP === 0) yield;
    add(foldedMark(folded, k));
  }
  for (const row of rows.values()) yield* sortByCentre(row);

  return (x, y) => {
    let nearest: MarkGeometry | undefined;
    let nearestSquared = PICK_RADIUS * PICK_RADIUS;
    const consider = (mark: MarkGeometry) => {
      const squared = (midX(mark) - x) ** 2 + (mark.y - y) ** 2;
      // Of marks at the same distance (same-day marks in a density strip share a centre), the last in the
      // layout's order wins: the one drawn on top.
      if (squared < nearestSquared || (nearest !== undefined && squared === nearestSquared)) {
        nearest = mark;
        nearestSquared = squared;
      }
    };
    for (const [rowY, row] of rows) {
      if (Math.abs(rowY - y) >= PICK_RADIUS) continue;
      const from = firstIndex(row, (mark) => midX(mark) <= x - PICK_RADIUS);
      for (let i = from; i < row.length && midX(row[i]!) < x + PICK_RADIUS; i++) {
        consider(row[i]!);
      }
    }
    return (
      nearest ??
      wide.find((m) => x >= markLeft(m) && x <= markRight(m) && Math.abs(y - m.y) <= LAYOUT.rowHeight / 2)
    );
  };
}

/**
 * Puts a row's marks in order of centre, as a stable sort would. They come in order of start, where only a
 * range can be out of place, and rarely far: an insertion sort is about one pass, where a sort calling a
 * comparator 1.7 million times for a strip of 100,000 marks took ~170 ms. Past a budget of moves (long ranges
 * over many points), it gives way to the sort.
 */
function* sortByCentre(row: MarkGeometry[]): Steps<void> {
  let moves = 8 * row.length;
  for (let i = 1; i < row.length; i += 1) {
    if (i % ITEMS_PER_STEP === 0) yield;
    const mark = row[i]!;
    const twiceCentre = mark.x0 + mark.x1;
    let j = i - 1;
    while (j >= 0 && row[j]!.x0 + row[j]!.x1 > twiceCentre) {
      if (--moves < 0) {
        row[j + 1] = mark; // the row whole again (the mark was being moved), then sorted
        row.sort((a, b) => midX(a) - midX(b));
        return;
      }
      row[j + 1] = row[j]!;
      j -= 1;
    }
    row[j + 1] = mark;
  }
}
