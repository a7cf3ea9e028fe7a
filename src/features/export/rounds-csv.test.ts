import { describe, expect, it } from 'vitest';
import { bundledData } from '../../test/bundled-dataset.ts';
import { ROUND_COLUMNS, roundsCsv } from './rounds-csv.ts';

const { dataset, rounds } = bundledData();
const link = (id: string) => `https://parley.example/?round=${id}`;

describe('roundsCsv', () => {
  it('has a header and one record per round, whatever line breaks the cells hold', () => {
    const text = roundsCsv(dataset, rounds, link);
    // Records end with CRLF; line breaks inside cells are bare LF, so CRLF counts the records.
    const records = text.split('\r\n').filter(Boolean);
    expect(records[0]).toBe(`\uFEFF${ROUND_COLUMNS.join(',')}`);
    expect(records).toHaveLength(rounds.length + 1);
  });

  it('writes each round’s id, EDTF date, ISO days, delegation heads and every cited source address', () => {
    const round = rounds.find((d) => d.round.participants.some((p) => p.delegation?.some((x) => x.head)))!;
    const line = roundsCsv(dataset, [round], link).split('\r\n')[1]!;
    expect(line.startsWith(`${round.round.id},`)).toBe(true);
    expect(line).toContain(round.round.date);
    expect(line).toContain(round.date.start.toISOString().slice(0, 10));
    expect(line).toContain(link(round.round.id));
    const head = round.round.participants.flatMap((p) => p.delegation ?? []).find((d) => d.head)!;
    expect(line).toContain(dataset.people.find((p) => p.id === head.person)!.name);
    for (const id of round.round.sources) {
      expect(line).toContain(dataset.sources.find((s) => s.id === id)!.url);
    }
  });
});
