import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultViewState } from '../../state/view-state.ts';
import {
  datasetErrorEvent,
  errorEvent,
  heightEvent,
  hostMessageTypes,
  MAX_TEXT_LENGTH,
  NOT_PARLEY,
  parseHostMessage,
  readyEvent,
  selectionChangedEvent,
  stateEvent,
} from './embed-protocol.ts';

const v = { version: 1 } as const;

const validMessages = [
  { type: 'parley:select-round', ...v, round: 'istanbul-2025-05-16' },
  { type: 'parley:clear-selection', ...v },
  { type: 'parley:set-filters', ...v, filters: {} },
  { type: 'parley:set-filters', ...v, filters: { topics: ['pow-exchange'], parties: ['ua', 'ru'] } },
  {
    type: 'parley:set-filters',
    ...v,
    filters: {
      topics: [],
      parties: ['us'],
      people: ['rustem-umerov'],
      roles: ['mediator'],
      outcomes: ['agreed'],
      formats: ['in-person'],
      places: ['Istanbul'],
      from: '2025-03-01',
      to: '2025-06-30',
      q: 'memorandum',
    },
  },
  { type: 'parley:set-filters', ...v, filters: { from: null, to: null, q: '' } },
  { type: 'parley:set-window', ...v, start: '2025-03-01', end: '2025-06-30' },
  { type: 'parley:set-window', ...v, start: '2025-05-16', end: '2025-05-16' },
  { type: 'parley:set-window', ...v, start: null, end: null },
  { type: 'parley:set-theme', ...v, theme: 'dark' },
  { type: 'parley:set-theme', ...v, theme: 'auto' },
  { type: 'parley:get-state', ...v },
  { type: 'parley:go-to-step', ...v, step: 3 },
  { type: 'parley:go-to-step', ...v, story: 'talks-step-by-step', step: 1 },
  { type: 'parley:exit-story', ...v },
];

const huge = 'x'.repeat(MAX_TEXT_LENGTH + 1);

const malformed: [string, unknown, string][] = [
  ['an unknown type', { type: 'parley:explode', ...v }, 'unknown message type'],
  ['a missing version', { type: 'parley:clear-selection' }, 'version: must be 1 (got nothing)'],
  ['a future version', { type: 'parley:clear-selection', version: 2 }, 'version: must be 1 (got 2)'],
  ['a version as text', { type: 'parley:clear-selection', version: '1' }, 'version: must be 1'],
  ['a missing round', { type: 'parley:select-round', ...v }, 'round: missing'],
  ['a step of 0', { type: 'parley:go-to-step', ...v, step: 0 }, 'step: must be 1 or more'],
  [
    'a step that is a fraction',
    { type: 'parley:go-to-step', ...v, step: 1.5 },
    'step: must be a whole number',
  ],
  ['a step as text', { type: 'parley:go-to-step', ...v, step: '2' }, 'step:'],
  [
    'a story that is not an id',
    { type: 'parley:go-to-step', ...v, story: 'a b', step: 1 },
    'story: must be an id',
  ],
  ['a stray field on exit-story', { type: 'parley:exit-story', ...v, now: true }, 'unknown field "now"'],
  ['a round that is a number', { type: 'parley:select-round', ...v, round: 12 }, 'round: must be text'],
  [
    'a round that is not an id',
    { type: 'parley:select-round', ...v, round: '<img src=x>' },
    'round: must be an id',
  ],
  [
    'a round of more than 10 kB',
    { type: 'parley:select-round', ...v, round: huge },
    'longer than 10000 characters',
  ],
  [
    'an extra huge string',
    { type: 'parley:clear-selection', ...v, note: huge },
    'longer than 10000 characters',
  ],
  ['an extra field', { type: 'parley:clear-selection', ...v, extra: true }, 'unknown field "extra"'],
  [
    'filters as an array',
    { type: 'parley:set-filters', ...v, filters: [] },
    'filters: must be an object (got an array)',
  ],
  [
    'filters as null',
    { type: 'parley:set-filters', ...v, filters: null },
    'filters: must be an object (got null)',
  ],
  [
    'a topic list as text',
    { type: 'parley:set-filters', ...v, filters: { topics: 'ceasefire' } },
    'filters.topics: must be an array',
  ],
  [
    'a topic that is a number',
    { type: 'parley:set-filters', ...v, filters: { topics: [1] } },
    'filters.topics[0]: must be text',
  ],
  [
    'an unknown role',
    { type: 'parley:set-filters', ...v, filters: { roles: ['spy'] } },
    'filters.roles[0]: must be one of',
  ],
  [
    'an unknown filter',
    { type: 'parley:set-filters', ...v, filters: { colour: ['red'] } },
    'unknown field "colour"',
  ],
  [
    'a date that is no day',
    { type: 'parley:set-filters', ...v, filters: { from: '2025-02-30' } },
    'filters.from: must be a date like 2025-03-11',
  ],
  [
    'from after to',
    { type: 'parley:set-filters', ...v, filters: { from: '2025-06-01', to: '2025-03-01' } },
    'filters.to: must not be before from',
  ],
  [
    'a window that ends first',
    { type: 'parley:set-window', ...v, start: '2025-06-30', end: '2025-03-01' },
    'end: must not be before start',
  ],
  ['a window with one end', { type: 'parley:set-window', ...v, start: '2025-03-01', end: null }, 'both null'],
  [
    'a window as a timestamp',
    { type: 'parley:set-window', ...v, start: 1740787200000, end: 1751241600000 },
    'start: must be text',
  ],
  [
    'a window in another format',
    { type: 'parley:set-window', ...v, start: '01/03/2025', end: '30/06/2025' },
    'start: must be a date like 2025-03-11',
  ],
  [
    'an unknown theme',
    { type: 'parley:set-theme', ...v, theme: 'sepia' },
    'theme: must be one of auto, light, dark',
  ],
  [
    'a huge list',
    { type: 'parley:set-filters', ...v, filters: { topics: Array(100_000).fill('a') } },
    'more than 500 items',
  ],
  ['a class instance', { type: 'parley:set-filters', ...v, filters: new Map() }, 'plain data'],
  ['a date object', { type: 'parley:set-window', ...v, start: new Date(), end: new Date() }, 'plain data'],
  [
    'an accessor',
    Object.defineProperty({ type: 'parley:select-round', ...v }, 'round', {
      get: () => 'a',
      enumerable: true,
    }),
    'plain data',
  ],
  [
    'a __proto__ key',
    JSON.parse('{"type":"parley:clear-selection","version":1,"__proto__":{"polluted":1}}'),
    'forbidden key "__proto__"',
  ],
  [
    'a nested __proto__ key',
    JSON.parse('{"type":"parley:set-filters","version":1,"filters":{"__proto__":{"polluted":1}}}'),
    'forbidden key "__proto__"',
  ],
  [
    'a constructor key',
    { type: 'parley:set-filters', ...v, filters: { constructor: { prototype: {} } } },
    'forbidden key "constructor"',
  ],
];

describe('parseHostMessage', () => {
  it.each(validMessages)('accepts $type', (message) => {
    const result = parseHostMessage(message);
    expect(result).toEqual({ ok: true, message });
  });

  it('covers every host message type in these tests', () => {
    expect(new Set(validMessages.map((m) => m.type))).toEqual(new Set(hostMessageTypes));
  });

  it.each(malformed)('rejects %s with a reason', (_label, data, reason) => {
    const result = parseHostMessage(data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain(reason);
      expect(result.reason.length).toBeLessThan(300);
    }
  });

  it.each([
    null,
    undefined,
    0,
    42,
    'parley:select-round',
    [],
    [{ type: 'parley:get-state', version: 1 }],
    {},
  ])('calls %j not a Parley message', (data) => {
    expect(parseHostMessage(data)).toEqual({ ok: false, reason: NOT_PARLEY });
  });

  it("leaves other scripts' messages alone", () => {
    expect(parseHostMessage({ type: 'resize', height: 10 })).toEqual({ ok: false, reason: NOT_PARLEY });
    expect(parseHostMessage({ source: 'react-devtools-bridge' })).toEqual({ ok: false, reason: NOT_PARLEY });
  });

  it('explains what is wrong, with the field', () => {
    expect(parseHostMessage({ type: 'parley:select-round', ...v, round: 12 })).toEqual({
      ok: false,
      reason: 'round: must be text (got a number)',
    });
    expect(parseHostMessage({ type: 'parley:set-theme', ...v, theme: 'sepia' })).toEqual({
      ok: false,
      reason: 'theme: must be one of auto, light, dark (got "sepia")',
    });
    expect(parseHostMessage({ type: 'parley:clear-selection', version: 2 })).toEqual({
      ok: false,
      reason: 'version: must be 1 (got 2)',
    });
    expect(parseHostMessage({ type: 'parley:clear-selection', ...v, extra: 1 })).toEqual({
      ok: false,
      reason: '(root): unknown field "extra"',
    });
    expect(parseHostMessage({ type: 'parley:explode', ...v })).toEqual({
      ok: false,
      reason: 'unknown message type "parley:explode"',
    });
  });

  it('drops filter fields sent as undefined, so they never blank the store', () => {
    const result = parseHostMessage({
      type: 'parley:set-filters',
      ...v,
      filters: { topics: undefined, q: 'a' },
    });
    const message = result.ok ? result.message : null;
    // toStrictEqual, unlike toEqual, tells a key holding undefined from a missing key.
    expect(message?.type === 'parley:set-filters' && message.filters).toStrictEqual({ q: 'a' });
  });

  it('survives cyclic data, as structured clone can deliver', () => {
    const filters: Record<string, unknown> = {};
    filters.self = filters;
    expect(parseHostMessage({ type: 'parley:set-filters', ...v, filters }).ok).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withDate: true }),
        (data) => {
          const result = parseHostMessage(data);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on Parley-shaped junk', () => {
    const isoDay = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const junk = fc.record(
      {
        type: fc.constantFrom(...hostMessageTypes, 'parley:', 'parley:other'),
        version: fc.oneof(fc.constant(1), fc.anything()),
        round: fc.anything(),
        filters: fc.oneof(fc.dictionary(fc.string(), fc.anything()), fc.anything()),
        start: fc.oneof(isoDay, fc.anything()),
        end: fc.oneof(isoDay, fc.anything()),
        theme: fc.anything(),
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(junk, (data) => {
        const result = parseHostMessage(data);
        if (result.ok) expect(hostMessageTypes).toContain(result.message.type);
        else expect(result.reason).not.toBe('could not be read');
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on a proxy that throws from every trap', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const hostile = new Proxy(
      {},
      { get: trap, getPrototypeOf: trap, ownKeys: trap, getOwnPropertyDescriptor: trap },
    );
    expect(parseHostMessage(hostile).ok).toBe(false);
  });
});

describe('outgoing events', () => {
  it('are namespaced and versioned', () => {
    expect(readyEvent(12, 'Talks')).toEqual({
      type: 'parley:ready',
      version: 1,
      rounds: 12,
      title: 'Talks',
      stories: [],
      hostlang: null,
    });
    expect(selectionChangedEvent(null)).toEqual({
      type: 'parley:selection-changed',
      version: 1,
      round: null,
    });
    expect(heightEvent(640)).toEqual({ type: 'parley:height', version: 1, height: 640 });
    expect(errorEvent('unknown round "x"')).toEqual({
      type: 'parley:error',
      version: 1,
      message: 'unknown round "x"',
    });
    const failed = {
      message: 'The dataset at https://d.example/x.json could not be loaded: …',
      url: 'https://d.example/x.json',
      cause: 'no-answer',
    };
    expect(datasetErrorEvent(failed)).toEqual({ type: 'parley:error', version: 1, ...failed });
  });

  it('copy the view state rather than share it', () => {
    const event = stateEvent(defaultViewState, 'Talks');
    expect(event).toEqual({ type: 'parley:state', version: 1, state: defaultViewState, title: 'Talks' });
    expect(event.state.filters).not.toBe(defaultViewState.filters);
  });
});
