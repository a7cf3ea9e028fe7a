import type { z } from './zod.ts';

/*
 * Zod runs jitless here (zod.ts: no `new Function` under Parley's CSP), and jitless it spends most of its time on
 * machinery that only matters when something is wrong: issue lists, payload objects, a pass over every check.
 * Valid data is the common case, and at 100,000 rounds checking it took seconds. So a schema is compiled, once,
 * into plain closures that do only what zod does when an input is valid: the same type tests, the same checks,
 * the same output (unknown keys dropped, `trim` applied, keys in the schema's order). Unlike zod, they copy only
 * what that output changes: an object or array it would give back equal to the input is the input itself (at
 * 100,000 rounds, checking took 1.48–2.35 s in Node with every value copied, 1.37–1.51 s without; eight runs each). The closures
 * give up at the first doubt and answer NOT_SURE; zod then parses that input itself, and finds the issues in its
 * own words.
 *
 * Inputs are JSON-like, as every caller's are (JSON.parse, structured clones, object literals): values in own,
 * enumerable data properties. Given a getter, a symbol key, or an array with properties beside its elements, the
 * answer may differ from zod's: a getter is read again when an object is copied, and a symbol key or an array's
 * extra property stays on an input given back as it is.
 *
 * So this must never accept what zod refuses nor answer differently from zod; it may give up on anything.
 * Only the schema types and checks Parley's schema uses are understood; any other makes compilation fail
 * (null), and the caller keeps using zod alone.
 */

/** Returned when the fast path cannot vouch for an input; zod must parse it. */
export const NOT_SURE: unique symbol = Symbol('not sure');

/** Parses an input as zod would when it is valid, or answers NOT_SURE. Never throws on any input. */
export type SuccessPath = (input: unknown) => unknown;

type Parse = (input: unknown) => unknown;
type Check = (value: unknown) => unknown;

interface CheckDef {
  check: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  fn?: (value: unknown) => unknown;
  tx?: (value: unknown) => unknown;
}

interface SchemaDef {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  innerType?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
}

/** Thrown while compiling a schema the fast path does not understand. */
class Unsupported extends Error {}

/** The schema's success path, or null when it uses something the fast path does not understand. */
export function compileSuccessPath(schema: z.ZodType): SuccessPath | null {
  try {
    const parse = compile(schema);
    return (input) => {
      try {
        return parse(input);
      } catch {
        // A refinement that throws is zod's to report.
        return NOT_SURE;
      }
    };
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/** What compiling reads of a schema: its definition, its traits (kinds) and, for an enum, its values. */
interface SchemaInternals {
  def: SchemaDef;
  traits: ReadonlySet<string>;
  values?: ReadonlySet<unknown>;
}

function internals(schema: z.ZodType): SchemaInternals {
  return (schema as unknown as { _zod: SchemaInternals })._zod;
}

function definition(schema: z.ZodType): SchemaDef {
  return internals(schema).def;
}

function compile(schema: z.ZodType): Parse {
  const { def, traits, values } = internals(schema);
  // A schema that is itself a check (z.email(), z.int()) runs it first; one with `exactOptional` refuses a
  // present undefined. Neither appears in Parley's schema, so neither is copied here.
  if (traits.has('$ZodCheck') || traits.has('$ZodExactOptional')) throw new Unsupported(def.type);
  const checked = (parse: Parse): Parse => withChecks(parse, def.checks ?? [], def.type);
  switch (def.type) {
    case 'string':
      return checked((input) => (typeof input === 'string' ? input : NOT_SURE));
    case 'number':
      return checked((input) => (typeof input === 'number' && Number.isFinite(input) ? input : NOT_SURE));
    case 'boolean':
      return checked((input) => (typeof input === 'boolean' ? input : NOT_SURE));
    case 'enum': {
      // zod's own set of values: a numeric TypeScript enum's entries also hold its reverse mapping.
      if (values === undefined) throw new Unsupported('an enum without its values');
      return checked((input) => (values.has(input) ? input : NOT_SURE));
    }
    case 'object':
      return checked(compileObject(def));
    case 'array':
      return checked(compileArray(def));
    case 'tuple':
      return checked(compileTuple(def));
    case 'record':
      return checked(compileRecord(def));
    case 'nullable': {
      const inner = compile(required(def.innerType));
      return withoutChecks(def, (input) => (input === null ? null : inner(input)));
    }
    case 'optional': {
      // An object decides by itself whether its optional key is there (compileObject); this is for the rest.
      const inner = compile(required(def.innerType));
      return withoutChecks(def, (input) => (input === undefined ? undefined : inner(input)));
    }
    default:
      throw new Unsupported(def.type);
  }
}

/** A wrapper (optional, nullable) whose own checks would also see null or undefined: not copied here. */
function withoutChecks(def: SchemaDef, parse: Parse): Parse {
  if ((def.checks ?? []).length > 0) throw new Unsupported(`checks on ${def.type}`);
  return parse;
}

function required(schema: z.ZodType | undefined | null): z.ZodType {
  if (!schema) throw new Unsupported('a schema without its inner type');
  return schema;
}

/**
 * An object straight from JSON.parse or a literal. Stricter than zod (its object takes any non-array object, its
 * record any object whose constructor looks plain): a Date, a Map or a class instance is left to zod.
 */
function isPlainObject(input: unknown): input is Record<string, unknown> {
  if (typeof input !== 'object' || input === null) return false;
  const prototype: unknown = Object.getPrototypeOf(input);
  return prototype === Object.prototype || prototype === null;
}

/** z.object (unknown keys dropped) and z.strictObject (unknown keys refused). */
function compileObject(def: SchemaDef): Parse {
  const strict = def.catchall !== undefined && definition(def.catchall).type === 'never';
  if (def.catchall !== undefined && !strict) throw new Unsupported('an object with a catchall');
  const shape = def.shape ?? {};
  if (Reflect.ownKeys(shape).length !== Object.keys(shape).length) throw new Unsupported('a symbol key');
  const fields = Object.entries(shape).map(([key, schema]) => {
    const optional = definition(schema).type === 'optional';
    // The wrapper is compiled as well, only so that what it would add (checks, exactOptional) is refused.
    if (optional) compile(schema);
    return { key, optional, parse: compile(optional ? required(definition(schema).innerType) : schema) };
  });
  const keys = fields.map(({ key }) => key);
  const known = new Set(keys);
  /** The input's own values under the fields before `end`, in the schema's order: zod's output, up to there. */
  const copy = (input: Record<string, unknown>, end: number) => {
    const output: Record<string, unknown> = {};
    for (let f = 0; f < end; f++) {
      const { key } = fields[f]!;
      if (input[key] !== undefined) output[key] = input[key];
    }
    return output;
  };
  return (input) => {
    if (!isPlainObject(input)) return NOT_SURE;
    if (strict) {
      for (const key in input) if (!known.has(key)) return NOT_SURE;
    }
    // Made only once a value differs from the input's; until then the input itself may be the output.
    let output: Record<string, unknown> | null = null;
    let present = 0;
    for (let f = 0; f < fields.length; f++) {
      const { key, optional, parse } = fields[f]!;
      const value = input[key];
      if (value === undefined) {
        // Whether zod keeps a key that is present but undefined is its business; JSON never has one.
        if (optional && !(key in input)) continue;
        return NOT_SURE;
      }
      const parsed = parse(value);
      if (parsed === NOT_SURE) return NOT_SURE;
      present += 1;
      if (output === null && parsed !== value) output = copy(input, f);
      if (output !== null) output[key] = parsed;
    }
    if (output !== null) return output;
    return asZodGivesIt(input, keys, present) ? input : copy(input, fields.length);
  };
}

function compileArray(def: SchemaDef): Parse {
  const element = compile(required(def.element));
  return (input) => {
    if (!Array.isArray(input)) return NOT_SURE;
    let output: unknown[] | null = null;
    for (let i = 0; i < input.length; i++) {
      const parsed = element(input[i]);
      if (parsed === NOT_SURE) return NOT_SURE;
      // An undefined element may be a hole, which zod's output fills.
      if (output === null && (parsed !== input[i] || parsed === undefined)) output = leading(input, i);
      if (output !== null) output.push(parsed);
    }
    return output ?? asIs(input);
  };
}

function compileTuple(def: SchemaDef): Parse {
  if (def.rest) throw new Unsupported('a tuple with a rest');
  const items = (def.items ?? []).map(compile);
  return (input) => {
    if (!Array.isArray(input) || input.length !== items.length) return NOT_SURE;
    let output: unknown[] | null = null;
    for (const [i, parse] of items.entries()) {
      const parsed = parse(input[i]);
      if (parsed === NOT_SURE) return NOT_SURE;
      // An undefined element may be a hole, which zod's output fills.
      if (output === null && (parsed !== input[i] || parsed === undefined)) output = leading(input, i);
      if (output !== null) output.push(parsed);
    }
    return output ?? asIs(input);
  };
}

/** z.record(z.string(), …): own string keys in their order; odd keys ("__proto__", symbols) are left to zod. */
function compileRecord(def: SchemaDef): Parse {
  const keySchema = required(def.keyType);
  if (definition(keySchema).type !== 'string') throw new Unsupported('a record key that is not a string');
  const key = compile(keySchema);
  const value = compile(required(def.valueType));
  return (input) => {
    if (!isPlainObject(input)) return NOT_SURE;
    const keys = Object.keys(input);
    if (Reflect.ownKeys(input).length !== keys.length) return NOT_SURE;
    let changed = Object.getPrototypeOf(input) !== Object.prototype;
    const output: Record<string, unknown> = {};
    for (const name of keys) {
      // A key its schema would change (trim) is zod's to place.
      if (name === '__proto__' || key(name) !== name) return NOT_SURE;
      const parsed = value(input[name]);
      if (parsed === NOT_SURE) return NOT_SURE;
      if (parsed !== input[name]) changed = true;
      output[name] = parsed;
    }
    return changed ? output : input;
  };
}

/**
 * Whether an object whose every value its schema leaves as it is can be zod's output itself: a plain object
 * (not one without a prototype, as zod's never is) whose own enumerable keys are the `present` of `keys` it
 * has, in that order. JSON.parse gives one whenever the text has the schema's keys in its order.
 */
function asZodGivesIt(input: Record<string, unknown>, keys: readonly string[], present: number): boolean {
  if (Object.getPrototypeOf(input) !== Object.prototype) return false;
  let next = 0;
  let matched = 0;
  for (const key in input) {
    // An inherited key (from a polluted prototype) is not zod's; a key that is not enumerable goes uncounted.
    if (!Object.hasOwn(input, key)) return false;
    while (next < keys.length && keys[next] !== key) next += 1;
    if (next === keys.length) return false;
    next += 1;
    matched += 1;
  }
  return matched === present;
}

/** An array whose every element its schema leaves as it is: itself, when it is a plain array; else a copy. */
function asIs(input: unknown[]): unknown[] {
  return Object.getPrototypeOf(input) === Array.prototype ? input : leading(input, input.length);
}

/** A plain array of the first `end` elements (slice would make an instance of a subclass of Array). */
function leading(input: unknown[], end: number): unknown[] {
  const output: unknown[] = [];
  for (let i = 0; i < end; i++) output.push(input[i]);
  return output;
}

/** Runs a schema's checks in their order on its parsed value, as zod does; `overwrite` (trim) replaces it. */
function withChecks(parse: Parse, checks: NonNullable<SchemaDef['checks']>, type: string): Parse {
  if (checks.length === 0) return parse;
  const steps = checks.map(({ _zod }) => compileCheck(_zod.def, type));
  return (input) => {
    let value = parse(input);
    for (const step of steps) {
      if (value === NOT_SURE) return NOT_SURE;
      value = step(value);
    }
    return value;
  };
}

/** A check as a step: the value (changed, for overwrite) when it passes, NOT_SURE when it does not. */
function compileCheck(def: CheckDef, type: string): Check {
  const pass = (test: (value: never) => boolean): Check => {
    return (value) => (test(value as never) ? value : NOT_SURE);
  };
  switch (def.check) {
    case 'string_format': {
      const pattern = def.pattern;
      // Other formats (url, jwt, …) check more than a pattern. A global or sticky pattern remembers where it
      // stopped; zod's handling of that is not worth copying.
      const patternOnly = def.format === 'regex' || def.format === 'email';
      if (!patternOnly || !(pattern instanceof RegExp) || pattern.global || pattern.sticky) {
        throw new Unsupported(`string format ${def.format ?? '?'}`);
      }
      return pass((value: string) => pattern.test(value));
    }
    case 'min_length':
      // Zod counts a string's code points, not its UTF-16 units; for a minimum of one the two agree.
      if (type === 'string' && number(def.minimum) > 1) throw new Unsupported('a string minimum above 1');
      return pass((value: { length: number }) => value.length >= number(def.minimum));
    case 'max_length':
      // A string has at least as many UTF-16 units as code points, so this may refuse what zod takes, never
      // the reverse.
      return pass((value: { length: number }) => value.length <= number(def.maximum));
    case 'greater_than': {
      const bound = number(def.value);
      return def.inclusive ? pass((value: number) => value >= bound) : pass((value: number) => value > bound);
    }
    case 'less_than': {
      const bound = number(def.value);
      return def.inclusive ? pass((value: number) => value <= bound) : pass((value: number) => value < bound);
    }
    case 'number_format':
      if (def.format !== 'safeint') throw new Unsupported(`number format ${def.format ?? '?'}`);
      return pass((value: number) => Number.isSafeInteger(value));
    case 'overwrite': {
      const tx = def.tx;
      if (typeof tx !== 'function') throw new Unsupported('overwrite without a function');
      return (value) => tx(value);
    }
    case 'custom': {
      const fn = def.fn;
      if (typeof fn !== 'function') throw new Unsupported('custom check without a function');
      // A refinement passes on `true` only; anything else (a promise, a truthy non-boolean) is zod's to judge.
      return pass((value: unknown) => fn(value) === true);
    }
    default:
      throw new Unsupported(`check ${def.check}`);
  }
}

function number(value: number | undefined): number {
  if (typeof value !== 'number') throw new Unsupported('a check without its bound');
  return value;
}
