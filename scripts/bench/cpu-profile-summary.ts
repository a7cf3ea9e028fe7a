/**
 * Summaries of a V8 CPU profile (the Profiler domain's `Profiler.Profile`, as DevTools saves a .cpuprofile):
 * where one thread's time went, by function and by window of time.
 */

/** The parts of a CPU profile read here. Times are in microseconds on the browser's monotonic clock. */
export interface CpuProfile {
  nodes: readonly ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: readonly number[];
  timeDeltas?: readonly number[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** What V8 names the samples in which the thread ran no script and did no work. */
const IDLE = '(idle)';

/** A function of the profile, as its name, file and line: "escape dataset.worker-C1w8.js:466". */
function frameName({ callFrame }: ProfileNode): string {
  const name = callFrame.functionName || '(anonymous)';
  if (!callFrame.url) return name;
  return `${name} ${callFrame.url.replace(/.*\//, '')}:${callFrame.lineNumber + 1}`;
}

/** One sample: when it was taken (µs), the function it was in, and how long it stands for (µs). */
interface Sample {
  at: number;
  frame: string;
  duration: number;
}

/**
 * The samples in time order. Each stands for the time until the next one; the last for the time until the
 * profile ends. Samples outside [from, to] (µs, when given) are left out.
 */
function samplesOf(profile: CpuProfile, from = -Infinity, to = Infinity): Sample[] {
  const names = new Map(profile.nodes.map((node) => [node.id, frameName(node)]));
  const ids = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const times: number[] = [];
  let at = profile.startTime;
  for (let i = 0; i < ids.length; i += 1) times.push((at += deltas[i] ?? 0));
  const samples: Sample[] = [];
  for (let i = 0; i < ids.length; i += 1) {
    const time = times[i]!;
    if (time < from || time > to) continue;
    const next = i + 1 < ids.length ? times[i + 1]! : profile.endTime;
    samples.push({ at: time, frame: names.get(ids[i]!) ?? '(unknown)', duration: Math.max(0, next - time) });
  }
  return samples;
}

/** Milliseconds of `profile` spent in each function itself (self time), the most first; idle left out. */
export function selfTimes(profile: CpuProfile, from?: number, to?: number): [frame: string, ms: number][] {
  const totals = new Map<string, number>();
  for (const { frame, duration } of samplesOf(profile, from, to)) {
    if (frame !== IDLE) totals.set(frame, (totals.get(frame) ?? 0) + duration / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Milliseconds of `profile` between `from` and `to` (µs) in which the thread was not idle. */
export function busyMs(profile: CpuProfile, from?: number, to?: number): number {
  return selfTimes(profile, from, to).reduce((sum, [, ms]) => sum + ms, 0);
}

/** One window of time: where it starts (ms from the origin), the share of it the thread was busy, what in. */
export interface BusyWindow {
  startMs: number;
  busyShare: number;
  top: [frame: string, ms: number][];
}

/**
 * The thread's time from `origin` to `end` (µs) in windows of `windowMs`, each with the share of it that was
 * busy and the `topCount` functions it was busiest in.
 */
export function busyWindows(
  profile: CpuProfile,
  {
    origin,
    end,
    windowMs,
    topCount = 3,
  }: { origin: number; end: number; windowMs: number; topCount?: number },
): BusyWindow[] {
  const windows: { busy: number; frames: Map<string, number> }[] = [];
  const count = Math.ceil((end - origin) / (windowMs * 1000));
  for (let k = 0; k < count; k += 1) windows.push({ busy: 0, frames: new Map() });
  for (const { at, frame, duration } of samplesOf(profile, origin, end)) {
    if (frame === IDLE) continue;
    const window = windows[Math.min(count - 1, Math.floor((at - origin) / (windowMs * 1000)))];
    if (window === undefined) continue;
    window.busy += duration / 1000;
    window.frames.set(frame, (window.frames.get(frame) ?? 0) + duration / 1000);
  }
  return windows.map(({ busy, frames }, k) => ({
    startMs: k * windowMs,
    busyShare: busy / windowMs,
    top: [...frames].sort((a, b) => b[1] - a[1]).slice(0, topCount),
  }));
}
