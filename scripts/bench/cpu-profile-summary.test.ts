import { describe, expect, it } from 'vitest';
import { busyMs, busyWindows, selfTimes, type CpuProfile } from './cpu-profile-summary.ts';

const frame = (functionName: string, url = '', lineNumber = -1) => ({ functionName, url, lineNumber });

// Ten milliseconds, one sample every 2 ms: parse, parse, idle, draw, parse (V8's line numbers count from 0). Each
// sample stands for the 2 ms from it to the next, the last for those to the profile's end.
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)') },
    { id: 2, callFrame: frame('(idle)') },
    { id: 3, callFrame: frame('parse', 'http://127.0.0.1:4301/assets/a-1234.js', 9) },
    { id: 4, callFrame: frame('', 'http://127.0.0.1:4301/assets/b-5678.js', 19) },
    { id: 5, callFrame: frame('(garbage collector)') },
  ],
  startTime: 1_000,
  endTime: 11_000,
  samples: [3, 3, 2, 4, 3],
  timeDeltas: [0, 2_000, 2_000, 2_000, 2_000],
};

describe('selfTimes', () => {
  it('adds up each function’s own samples, the last lasting until the profile ends, and leaves idle out', () => {
    expect(selfTimes(profile)).toEqual([
      ['parse a-1234.js:10', 6],
      ['(anonymous) b-5678.js:20', 2],
    ]);
  });

  it('counts only the time between from and to, a sample cut where it crosses either', () => {
    expect(selfTimes(profile, 4_000, 8_000)).toEqual([
      ['parse a-1234.js:10', 1],
      ['(anonymous) b-5678.js:20', 1],
    ]);
  });

  it('names a function without a script by its name alone', () => {
    const collecting = { ...profile, samples: [5, 5, 5, 5, 5] };
    expect(selfTimes(collecting)).toEqual([['(garbage collector)', 10]]);
  });
});

describe('busyMs', () => {
  it('is the time the thread was not idle', () => {
    expect(busyMs(profile)).toBe(8);
    expect(busyMs(profile, 4_000, 8_000)).toBe(2);
    expect(busyMs(profile, 5_000, 7_000)).toBe(0);
  });
});

describe('busyWindows', () => {
  it('splits the time from the origin into windows, each with its busy share and busiest functions', () => {
    expect(busyWindows(profile, { origin: 1_000, end: 11_000, windowMs: 5 })).toEqual([
      { startMs: 0, busyShare: 0.8, top: [['parse a-1234.js:10', 4]] },
      {
        startMs: 5,
        busyShare: 0.8,
        top: [
          ['(anonymous) b-5678.js:20', 2],
          ['parse a-1234.js:10', 2],
        ],
      },
    ]);
  });

  it('splits a sample between the windows it spans, and measures a last, shorter window by its own length', () => {
    expect(busyWindows(profile, { origin: 1_000, end: 11_000, windowMs: 3 })).toEqual([
      { startMs: 0, busyShare: 1, top: [['parse a-1234.js:10', 3]] },
      { startMs: 3, busyShare: 1 / 3, top: [['parse a-1234.js:10', 1]] },
      {
        startMs: 6,
        busyShare: 1,
        top: [
          ['(anonymous) b-5678.js:20', 2],
          ['parse a-1234.js:10', 1],
        ],
      },
      { startMs: 9, busyShare: 1, top: [['parse a-1234.js:10', 1]] },
    ]);
  });

  it('keeps the busiest functions only, up to topCount, and leaves windows before the origin out', () => {
    const windows = busyWindows(profile, { origin: 6_000, end: 11_000, windowMs: 5, topCount: 1 });
    expect(windows).toEqual([{ startMs: 0, busyShare: 0.8, top: [['(anonymous) b-5678.js:20', 2]] }]);
  });
});
