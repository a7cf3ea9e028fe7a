import { DAY_MS } from '../../domain/calendar-days.ts';

/** A time window or domain: [start, end] in UTC milliseconds since the epoch. */
export type TimeWindow = [number, number];

/** Five average Gregorian years, the floor of the widest zoom-out (see maxSpanFor). */
export const FIVE_YEARS_MS = 5 * 365.25 * DAY_MS;

/** The narrowest window a user can zoom into: one day, the finest unit the data records. */
export const MIN_SPAN_MS = DAY_MS;

/** The domain shown when there is nothing to fit: the year 2025, when the bundled talks took place. */
export const DEFAULT_DOMAIN: TimeWindow = [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)];

const ordered = ([a, b]: TimeWindow): TimeWindow => (a <= b ? [a, b] : [b, a]);

/** The domain widened by max(2 days, 5% of its span) on each side, so marks never touch the edges. */
export function paddedDomain(domain: TimeWindow): TimeWindow {
  const [start, end] = ordered(domain);
  // A fixed two-day floor gives a one-day (or zero-length) domain a readable extent of about five days.
  const pad = Math.max(2 * DAY_MS, 0.05 * (end - start));
  return [start - pad, end + pad];
}

/** [earliest start, latest end] of the items, or `fallback` when there are none with finite dates. */
export function fitDomain(
  items: readonly { start: number; end: number }[],
  fallback: TimeWindow = DEFAULT_DOMAIN,
): TimeWindow {
  // A loop, not Math.min(...starts): spreading 50,000 arguments can overflow the call stack.
  let min = Infinity;
  let max = -Infinity;
  for (const { start, end } of items) {
    // Unparseable dates arrive as NaN; they must not turn the whole domain into NaN.
    if (Number.isFinite(start) && start < min) min = start;
    if (Number.isFinite(end) && end > max) max = end;
  }
  if (min === Infinity || max === -Infinity) return [fallback[0], fallback[1]];
  return min <= max ? [min, max] : [max, min];
}

/**
 * The widest window allowed for data spanning `bounds`: three times the data span, or five years if larger.
 * Three spans let the user zoom out until the data fills the middle third, with as much context either side.
 * The five-year floor matters for small datasets: a single week of talks could otherwise be zoomed out to only
 * three weeks, never far enough to see it against the months and years around it.
 */
export function maxSpanFor(bounds: TimeWindow): number {
  const [start, end] = ordered(bounds);
  return Math.max(3 * (end - start), FIVE_YEARS_MS);
}

/**
 * The window with its span limited to [minSpanMs, maxSpanMs] (keeping its centre) and then shifted so that its
 * centre stays within `bounds`; with the default maximum this keeps some of the data in view at every zoom level.
 */
export function clampWindow(
  window: TimeWindow,
  bounds: TimeWindow,
  minSpanMs: number = MIN_SPAN_MS,
  maxSpanMs: number = maxSpanFor(bounds),
): TimeWindow {
  const [start, end] = ordered(window);
  const [lo, hi] = ordered(bounds);
  const span = Math.min(Math.max(end - start, minSpanMs), Math.max(minSpanMs, maxSpanMs));
  const centre = Math.min(Math.max(start + (end - start) / 2, lo), hi);
  return [centre - span / 2, centre + span / 2];
}

/** The window scaled about `anchorMs` (the instant under the pointer stays put); factor < 1 zooms in. */
export function zoomWindow(window: TimeWindow, factor: number, anchorMs: number): TimeWindow {
  // A zero, negative or non-finite factor would collapse or flip the window; treat it as no zoom.
  if (!(factor > 0) || !Number.isFinite(factor)) return [window[0], window[1]];
  return [anchorMs + (window[0] - anchorMs) * factor, anchorMs + (window[1] - anchorMs) * factor];
}

/** The window moved by `deltaMs` (positive moves later in time). */
export function panWindow(window: TimeWindow, deltaMs: number): TimeWindow {
  return [window[0] + deltaMs, window[1] + deltaMs];
}
