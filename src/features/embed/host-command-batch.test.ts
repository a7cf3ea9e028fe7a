import { describe, expect, it } from 'vitest';
import { defaultViewState, type ViewState } from '../../state/view-state.ts';
import { applyHostCommands, type CommandContext, type ViewCommand } from './host-command-batch.ts';

const context: CommandContext = {
  knownRoundIds: new Set(['a', 'b', 'c']),
  stories: [{ id: 'talks', title: 'The talks', headings: ['One', 'Two'] }],
};
const v = 1 as const;

/** The same commands applied one at a time, each to the result of the last: what a batch must equal. */
function oneByOne(start: ViewState, commands: ViewCommand[], ctx = context) {
  return commands.reduce(
    (acc, command) => {
      const { view, errors } = applyHostCommands(acc.view, [command], ctx);
      return { view, errors: [...acc.errors, ...errors] };
    },
    { view: start, errors: [] as string[] },
  );
}

describe('applyHostCommands', () => {
  it('lets the last selection, window and theme win', () => {
    const { view, errors } = applyHostCommands(
      defaultViewState,
      [
        { type: 'parley:select-round', version: v, round: 'a' },
        { type: 'parley:set-window', version: v, start: '2025-01-01', end: '2025-02-01' },
        { type: 'parley:set-theme', version: v, theme: 'dark' },
        { type: 'parley:select-round', version: v, round: 'c' },
        { type: 'parley:set-window', version: v, start: null, end: null },
        { type: 'parley:set-theme', version: v, theme: 'light' },
      ],
      context,
    );
    expect(errors).toEqual([]);
    expect(view).toEqual({ ...defaultViewState, round: 'c', window: null, theme: 'light' });
  });

  it('merges filter patches in order, each keeping the fields it does not name', () => {
    const { view } = applyHostCommands(
      defaultViewState,
      [
        { type: 'parley:set-filters', version: v, filters: { topics: ['t1'], q: 'x' } },
        { type: 'parley:set-filters', version: v, filters: { parties: ['ua'], q: '' } },
      ],
      context,
    );
    expect(view.filters).toEqual({ ...defaultViewState.filters, topics: ['t1'], parties: ['ua'], q: '' });
  });

  it('skips what cannot be carried out, keeps the rest, and says why in command order', () => {
    const { view, errors } = applyHostCommands(
      defaultViewState,
      [
        { type: 'parley:select-round', version: v, round: 'b' },
        { type: 'parley:select-round', version: v, round: 'zz' },
        { type: 'parley:go-to-step', version: v, story: 'talks', step: 3 },
        { type: 'parley:go-to-step', version: v, story: 'other', step: 1 },
      ],
      context,
    );
    expect(view.round).toBe('b');
    expect(view.story).toBeNull();
    expect(errors).toEqual([
      'unknown round "zz"',
      'story "talks" has 2 steps; there is no step 3',
      'unknown story "other"',
    ]);
  });

  it('resolves a step without a story against the story an earlier command in the batch chose', () => {
    const two = {
      ...context,
      stories: [...context.stories, { id: 'later', title: 'Later', headings: ['x'] }],
    };
    const { view } = applyHostCommands(
      defaultViewState,
      [
        { type: 'parley:go-to-step', version: v, story: 'later', step: 1 },
        { type: 'parley:go-to-step', version: v, step: 1 },
      ],
      two,
    );
    expect(view.story).toEqual({ id: 'later', step: 1 });
  });

  it("puts a step's view in the batch, so later commands apply on top of it", () => {
    const withSteps: CommandContext = {
      ...context,
      stepView: (position, base) => ({ ...base, round: 'a', lanes: 'place', story: position }),
    };
    const { view } = applyHostCommands(
      { ...defaultViewState, round: 'c' },
      [
        { type: 'parley:go-to-step', version: v, story: 'talks', step: 2 },
        { type: 'parley:select-round', version: v, round: 'b' },
      ],
      withSteps,
    );
    expect(view).toMatchObject({ round: 'b', lanes: 'place', story: { id: 'talks', step: 2 } });
  });

  it('ends where the same commands applied one by one end, whatever their mix', () => {
    const kinds: ((i: number) => ViewCommand)[] = [
      (i) => ({ type: 'parley:select-round', version: v, round: ['a', 'b', 'c', 'nope'][i % 4]! }),
      () => ({ type: 'parley:clear-selection', version: v }),
      (i) => ({ type: 'parley:set-theme', version: v, theme: i % 2 ? 'dark' : 'light' }),
      (i) => ({
        type: 'parley:set-filters',
        version: v,
        filters: i % 2 ? { q: `w${i}` } : { topics: [`t${i}`] },
      }),
      (i) => ({ type: 'parley:set-window', version: v, start: `2025-01-0${(i % 9) + 1}`, end: '2025-02-01' }),
      (i) => ({ type: 'parley:go-to-step', version: v, step: (i % 3) + 1 }),
      () => ({ type: 'parley:exit-story', version: v }),
    ];
    // A fixed but irregular sequence: every kind follows every other at some point.
    const commands = Array.from({ length: 300 }, (_, i) => kinds[(i * 7 + (i >> 3)) % kinds.length]!(i));
    expect(applyHostCommands(defaultViewState, commands, context)).toEqual(
      oneByOne(defaultViewState, commands),
    );
  });
});
