import { afterEach, describe, expect, it, vi } from 'vitest';
import { roundSchema, type Round } from '../domain/schema.ts';
import { bundledJson } from '../test/bundled-dataset.ts';
import { toldRound } from './told-round.ts';

// Every key the schema gives a round, the source of truth for what a ToldRound must answer.
const schemaKeys = Object.keys(roundSchema.shape) as (keyof Round)[];
const rounds = bundledJson().rounds;

afterEach(() => vi.restoreAllMocks());

describe('toldRound', () => {
  it('answers every key of every bundled round as the round does, the values kept and those read again', () => {
    for (const round of rounds) {
      const told = toldRound(round, JSON.stringify(round));
      for (const key of schemaKeys) expect(told[key], `${round.id}: ${key}`).toEqual(round[key]);
    }
  });

  it('reads its text as the worker holds it, with every character beyond ASCII escaped', () => {
    const readAgain = (each: Round) => JSON.stringify([each.participants, each.outcomes, each.statements]);
    const round = rounds.find((each) => /[\u0080-\uffff]/.test(readAgain(each)))!;
    const escaped = JSON.stringify(round).replace(
      /[\u0080-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    const told = toldRound(round, escaped);
    for (const key of schemaKeys) expect(told[key], key).toEqual(round[key]);
  });

  it('writes the whole round as JSON, not only the values it keeps', () => {
    for (const round of rounds.slice(0, 5)) {
      expect(JSON.stringify(toldRound(round, JSON.stringify(round)))).toBe(JSON.stringify(round));
    }
  });

  it('covers keys of all kinds: the bundled rounds have each key of the schema somewhere', () => {
    // Otherwise the test above would not try a key that no round has.
    const present = new Set(rounds.flatMap((round) => Object.keys(round)));
    expect(schemaKeys.filter((key) => !present.has(key))).toEqual([]);
  });

  it('parses its text only when a value it did not keep is read, and then once', () => {
    const round = rounds.find((each) => each.statements !== undefined && each.location !== undefined)!;
    const parse = vi.spyOn(JSON, 'parse');
    const told = toldRound(round, JSON.stringify(round));
    // What the reading after the last byte reads of every round.
    void [told.id, told.kind, told.title, told.date, told.dateLabel, told.status, told.location?.city];
    void [told.related, told.documents, told.disputes?.length];
    expect(parse).not.toHaveBeenCalled();
    expect(told.participants).toEqual(round.participants);
    expect(told.outcomes).toEqual(round.outcomes);
    expect(told.statements).toEqual(round.statements);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('holds as its own only the values it keeps, so that they alone stay in memory', () => {
    const round = rounds.find((each) => each.location !== undefined && each.sessions === undefined)!;
    const told = toldRound(round, JSON.stringify(round));
    const own = Object.keys(told);
    expect(own).toContain('id');
    expect(own).toContain('location');
    expect(own).not.toContain('participants');
    expect(own).not.toContain('outcomes');
    // A key the round does not have is not one of its own either, as with the round.
    expect(own).not.toContain('sessions');
  });
});
