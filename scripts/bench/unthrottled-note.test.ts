import { expect, it } from 'vitest';
import { unthrottledNote } from './unthrottled-note.ts';

it('notes data that arrived sooner than the bandwidth allows, and nothing otherwise', () => {
  // 12.5 MB at 100 Mbit/s takes at least one second.
  expect(unthrottledNote(400, 12_500_000, 100)).toBe(
    "network: the data arrived at 400 ms, sooner than 100 Mbit/s allows (1000 ms): the dataset worker's download was not throttled",
  );
  expect(unthrottledNote(1_200, 12_500_000, 100)).toBeNull();
  expect(unthrottledNote(400, 12_500_000, null)).toBeNull();
  expect(unthrottledNote(null, 12_500_000, 100)).toBeNull();
});
