import '@testing-library/jest-dom/vitest';

// The projects in vite.config.ts run every test in two time zones; fail loudly if the zone did not take effect,
// or the second run would silently repeat the first.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
if (process.env.TZ && zone !== process.env.TZ) {
  throw new Error(`Tests asked for time zone ${process.env.TZ} but run in ${zone}.`);
}
