import { z } from '../../domain/zod.ts';
import { isCalendarDay } from '../../domain/calendar-days.ts';
import { describeKind, plainLanguage, toValidationIssue } from '../../domain/readable-zod-issue.ts';
import type { Filters, IsoDay } from '../../domain/round-filters.ts';
import { outcomeStatuses, participantRoles, roundFormats, roundStatuses } from '../../domain/vocabularies.ts';
import { formatIssue } from '../../domain/validation-issue.ts';
import { themeChoices, type ThemeChoice, type ViewState } from '../../state/view-state.ts';

/**
 * The postMessage protocol between an embedded Parley and its host page. Every message in either
 * direction is `{ type: 'parley:<name>', version: 1, ...payload }`; docs/embedding.md is the public
 * description and must change with this file.
 */
export const PROTOCOL_VERSION = 1;
export const MESSAGE_PREFIX = 'parley:';

/** Longest text accepted anywhere in a message; the spec's 10 kB, counted in UTF-16 units. */
export const MAX_TEXT_LENGTH = 10_000;
const MAX_ITEMS = 500;
const MAX_NODES = 5_000;
const MAX_DEPTH = 8;
// Keys that mean something to JavaScript's object model; a host has no reason to send them.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const id = z
  .string()
  .regex(/^[A-Za-z0-9-]+$/, 'must be an id (letters, digits and hyphens)')
  .max(200);
const day = z.string().refine(isCalendarDay, 'must be a date like 2025-03-11');
const ids = z.array(id).max(MAX_ITEMS);
const envelope = { version: z.literal(PROTOCOL_VERSION) };

const filtersPatch = z
  .strictObject({
    topics: ids,
    parties: ids,
    people: ids,
    roles: z.array(z.enum(participantRoles)).max(participantRoles.length),
    outcomes: z.array(z.enum(outcomeStatuses)).max(outcomeStatuses.length),
    formats: z.array(z.enum(roundFormats)).max(roundFormats.length),
    statuses: z.array(z.enum(roundStatuses)).max(roundStatuses.length),
    places: z.array(z.string().max(100)).max(MAX_ITEMS),
    from: day.nullable(),
    to: day.nullable(),
    q: z.string().max(200),
  })
  .partial()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'must not be before from', path: ['to'] });

const hostSchemas = {
  'parley:select-round': z.strictObject({ ...envelope, round: id }),
  'parley:clear-selection': z.strictObject(envelope),
  'parley:set-filters': z.strictObject({ ...envelope, filters: filtersPatch }),
  'parley:set-window': z
    .strictObject({ ...envelope, start: day.nullable(), end: day.nullable() })
    .refine((w) => (w.start === null) === (w.end === null), {
      message: 'start and end must both be dates, or both null to fit every round',
      path: ['end'],
    })
    .refine((w) => w.start === null || w.end === null || w.start <= w.end, {
      message: 'must not be before start',
      path: ['end'],
    }),
  'parley:set-theme': z.strictObject({ ...envelope, theme: z.enum(themeChoices) }),
  'parley:go-to-step': z.strictObject({
    ...envelope,
    story: id.optional(),
    step: z.number().int('must be a whole number').min(1, 'must be 1 or more').max(9999),
  }),
  'parley:exit-story': z.strictObject(envelope),
  'parley:get-state': z.strictObject(envelope),
} as const;

type Envelope<T extends string, P = unknown> = { type: T; version: typeof PROTOCOL_VERSION } & P;

/** A command a host page may send; `start`/`end` both null means "fit every round". */
export type HostMessage =
  | Envelope<'parley:select-round', { round: string }>
  | Envelope<'parley:clear-selection'>
  | Envelope<'parley:set-filters', { filters: Partial<Filters> }>
  | Envelope<'parley:set-window', { start: IsoDay; end: IsoDay } | { start: null; end: null }>
  | Envelope<'parley:set-theme', { theme: ThemeChoice }>
  | Envelope<'parley:go-to-step', { story?: string; step: number }>
  | Envelope<'parley:exit-story'>
  | Envelope<'parley:get-state'>;

export type HostMessageType = HostMessage['type'];
/**
 * Every message type a host may send; the protocol tests check each has a schema and a valid example.
 * @internal
 */
export const hostMessageTypes = Object.keys(hostSchemas) as HostMessageType[];

export type ParseResult = { ok: true; message: HostMessage } | { ok: false; reason: string };

/** The reason given for anything that is not addressed to Parley; callers ignore those silently. */
export const NOT_PARLEY = 'not a Parley message';

/** Checks data from a `message` event against the protocol; never throws. */
export function parseHostMessage(data: unknown): ParseResult {
  try {
    if (!isPlainRecord(data)) return fail(NOT_PARLEY);
    const type = Object.getOwnPropertyDescriptor(data, 'type')?.value;
    if (typeof type !== 'string' || !type.startsWith(MESSAGE_PREFIX)) return fail(NOT_PARLEY);
    const unsafe = findUnsafeData(data);
    if (unsafe) return fail(unsafe);
    if (data.version !== PROTOCOL_VERSION) {
      return fail(`version: must be ${PROTOCOL_VERSION} (got ${shortText(data.version)})`);
    }
    if (!Object.hasOwn(hostSchemas, type)) return fail(`unknown message type ${shortText(type)}`);
    const { type: _type, ...payload } = data;
    const schema = hostSchemas[type as HostMessageType];
    const result = schema.safeParse(payload, { reportInput: true, error: readableIssue });
    if (!result.success) {
      const first = result.error.issues[0];
      return fail(first ? formatIssue(toValidationIssue(first)) : 'is not valid');
    }
    return { ok: true, message: { type, ...withoutUndefined(result.data) } as HostMessage };
  } catch {
    return fail('could not be read');
  }
}

/** Something the embed tells its host page. */
/** A story the embed can tell, as the host page sees it: its id, its title and the number of steps. */
export interface StorySummary {
  id: string;
  title: string;
  steps: number;
}

/** Where the reader is in a story; all null once the story is left. `step` counts from 1. */
export interface StepPosition {
  story: string | null;
  step: number | null;
  steps: number | null;
  heading: string | null;
}

export type EmbedEvent =
  | Envelope<
      'parley:ready',
      { rounds: number; title: string; stories: StorySummary[]; hostlang: string | null }
    >
  | Envelope<'parley:selection-changed', { round: string | null }>
  | Envelope<'parley:step-changed', StepPosition>
  | Envelope<'parley:height', { height: number }>
  | Envelope<'parley:state', { state: ViewState; title: string }>
  | Envelope<'parley:error', { message: string } | DatasetErrorDetails>;

/** What `parley:error` carries when the dataset itself could not be loaded. */
export interface DatasetErrorDetails {
  message: string;
  /** The dataset address that failed. */
  url: string;
  /** The failure's kind, e.g. `no-answer`, `stalled`, `interrupted`, `http` or `invalid` (docs/embedding.md). */
  cause: string;
}

export type EmbedEventType = EmbedEvent['type'];

type EventOf<T extends EmbedEventType> = Extract<EmbedEvent, { type: T }>;
const v = PROTOCOL_VERSION;

/**
 * `hostlang` echoes the article language the embed's address carried (`hostlang=`, set by embed.js), or null:
 * the loader reads a null as "the address I rewrote did not arrive" and loads the frame once more with it.
 */
export function readyEvent(
  rounds: number,
  title: string,
  stories: readonly StorySummary[] = [],
  hostlang: string | null = null,
): EventOf<'parley:ready'> {
  return {
    type: 'parley:ready',
    version: v,
    rounds,
    title,
    stories: stories.map((s) => ({ ...s })),
    hostlang,
  };
}

export function stepChangedEvent(position: StepPosition): EventOf<'parley:step-changed'> {
  return { type: 'parley:step-changed', version: v, ...position };
}

export function selectionChangedEvent(round: string | null): EventOf<'parley:selection-changed'> {
  return { type: 'parley:selection-changed', version: v, round };
}

export function heightEvent(height: number): EventOf<'parley:height'> {
  return { type: 'parley:height', version: v, height };
}

/** The whole view state, copied so the host gets plain data and never a live store object. */
export function stateEvent(state: ViewState, title: string): EventOf<'parley:state'> {
  return { type: 'parley:state', version: v, state: structuredClone(state), title };
}

/** For a command that was well-formed but could not be carried out, such as an unknown round id. */
export function errorEvent(message: string): EventOf<'parley:error'> {
  return { type: 'parley:error', version: v, message };
}

/** For a dataset that could not be loaded: the sentence the reader sees, the address and the kind of failure. */
export function datasetErrorEvent(details: DatasetErrorDetails): EventOf<'parley:error'> {
  return { type: 'parley:error', version: v, ...details };
}

/**
 * Walks the data before zod does, so a hostile message costs a bounded amount of work: huge texts,
 * huge or cyclic structures, accessors, class instances and prototype keys are refused outright.
 */
function findUnsafeData(root: unknown): string | null {
  let nodes = 0;
  const visit = (value: unknown, depth: number): string | null => {
    nodes += 1;
    if (nodes > MAX_NODES || depth > MAX_DEPTH) return 'message is too large or too deeply nested';
    if (typeof value === 'string') {
      return value.length > MAX_TEXT_LENGTH ? `a text is longer than ${MAX_TEXT_LENGTH} characters` : null;
    }
    if (typeof value !== 'object' || value === null) return null;
    if (Array.isArray(value)) {
      if (value.length > MAX_ITEMS) return `a list has more than ${MAX_ITEMS} items`;
      for (const item of value) {
        const problem = visit(item, depth + 1);
        if (problem) return problem;
      }
      return null;
    }
    if (!isPlainRecord(value)) return 'message must be plain data';
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key !== 'string') return 'message must be plain data';
      if (FORBIDDEN_KEYS.has(key)) return `forbidden key "${key}"`;
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (!descriptor || !('value' in descriptor)) return 'message must be plain data';
      const problem = visit(descriptor.value, depth + 1);
      if (problem) return problem;
    }
    return null;
  };
  return visit(root, 0);
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function readableIssue(issue: z.core.$ZodRawIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(shortText).join(', ')}`;
  }
  return plainLanguage(issue);
}

/** Zod keeps optional keys that were sent as undefined; the store's patch type does not allow them. */
function withoutUndefined<T extends object>(value: T): T {
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    copy[key] = isPlainRecord(item) ? withoutUndefined(item) : item;
  }
  return copy as T;
}

function shortText(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return describeKind(value);
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
}

function fail(reason: string): ParseResult {
  return { ok: false, reason };
}
