import { describe, expect, it } from 'vitest';
import type { Dataset, Round } from '../domain/schema.ts';
import { bundledJson } from './bundled-dataset.ts';
import { numberedItems, readDossier, section, tableRows } from './dossier-text.ts';

/*
 * Fact checks of the default dataset against the dossiers it was compiled from. Every expectation is read
 * from the dossier text or the data; none is a number written here.
 */
const data: Dataset = bundledJson();
const first = readDossier('dossier.md');
const second = readDossier('dossier-2025-08-onward.md');
const DAY = /\d{4}-\d{2}-\d{2}/;

/** The round's interval as ISO days, with EDTF qualifiers dropped. */
function span(round: Round): [string, string] {
  const [a = '', b = a] = round.date.replace(/[~?%]/g, '').split('/');
  return [a.slice(0, 10), b.length === 7 ? `${b}-31` : b.slice(0, 10)];
}
const roundsOn = (day: string) =>
  data.rounds.filter((r) => {
    const [a, b] = span(r);
    return a <= day && day <= b;
  });

function citedIn(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => citedIn(v, found));
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) child.forEach((id) => found.add(String(id)));
      else citedIn(child, found);
    }
  return found;
}

describe('the default dataset against its dossiers', () => {
  it('lists every source of both dossiers, with the URL the dossier gives', () => {
    const urls = new Map(data.sources.map((s) => [s.id, s.url]));
    for (const text of [first, second]) {
      for (const [id = '', cell = ''] of tableRows(section(text, text === first ? '## 10.' : '## 40.'))) {
        expect(urls.has(id), id).toBe(true);
        // Hosts written with a stray trailing dot were corrected; the path is the dossier's.
        expect(urls.get(id)?.replace(/^https?:\/\//, ''), id).toBe(
          cell
            .split(' ')[0]
            ?.replace(/^https?:\/\//, '')
            .replace(/^([^/]+)\.\//, '$1/'),
        );
      }
    }
  });

  it('cites only sources it lists, in every round and document', () => {
    const known = new Set(data.sources.map((s) => s.id));
    for (const round of data.rounds)
      expect(
        [...citedIn(round)].filter((id) => !known.has(id)),
        round.id,
      ).toEqual([]);
    expect([...citedIn(data.documents)].filter((id) => !known.has(id))).toEqual([]);
  });

  it('records every conflict the dossiers list as a dispute citing its sources', () => {
    const disputes = data.rounds.flatMap((r) =>
      (r.disputes ?? []).map((d) => new Set(d.accounts.flatMap((a) => a.sources))),
    );
    const items = [...numberedItems(section(first, '## 9.')), ...numberedItems(section(second, '## 38.'))];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const covered = disputes.some((sources) => item.sources.some((id) => sources.has(id)));
      expect(covered, `conflict ${item.n}: ${item.text.slice(0, 80)}`).toBe(true);
    }
  });

  it('holds a round for every meeting in the second dossier’s event index, under its slug', () => {
    const notMeetings = ['decrees', 'exchanges', 'statement', 'documents'];
    const rows = tableRows(section(second, '## Event index'));
    for (const [, slug = '', , , format = ''] of rows) {
      if (notMeetings.includes(format)) continue;
      expect(
        data.rounds.some((r) => r.id === slug.replaceAll('`', '')),
        slug,
      ).toBe(true);
    }
  });

  it('holds a round on the date of every section of the first dossier', () => {
    for (const heading of first.match(/^## \d+\. .*$/gm) ?? []) {
      const day = DAY.exec(heading)?.[0];
      if (day) expect(roundsOn(day).length, heading).toBeGreaterThan(0);
    }
  });

  it('holds an exchange for every exchange and repatriation in the table of §35', () => {
    for (const [date = '', type = ''] of tableRows(section(second, '## 35.'))) {
      if (type === 'agreement') continue;
      const day = DAY.exec(date)?.[0] ?? '';
      expect(
        roundsOn(day).some((r) => r.kind === 'exchange'),
        `${day} ${type}`,
      ).toBe(true);
    }
  });

  it('ends its coverage on the latest date the dossier has material for', () => {
    const latest = /\*\*Latest date with material\*\*: (\d+) (\w+) (\d{4})/.exec(second);
    expect(latest).not.toBeNull();
    const [, day = '', month = '', year = ''] = latest ?? [];
    const iso = new Date(`${day} ${month} ${year} UTC`).toISOString().slice(0, 10);
    expect(data.meta.coverage?.to).toBe(iso);
  });

  it('keeps the plan versions of §37 in order, from the first size to the last', () => {
    const sizes = tableRows(section(second, '## 37.'))
      .map((row) => /^(?:⚠ )?(\d+) points$/.exec(row[2] ?? '')?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number);
    const plan = data.documents?.find((d) => d.versions.some((v) => v.points === sizes[0]));
    const points = plan?.versions.flatMap((v) => (v.points === undefined ? [] : [v.points]));
    expect(points?.[0]).toBe(sizes[0]);
    expect(points?.at(-1)).toBe(sizes.at(-1));
  });

  it('marks the meetings the dossier says were not held, and claims no agreement at them', () => {
    const notHeld = [...second.matchAll(/· slug `([^`]+)`[\s\S]*?(?=\n## )/g)]
      .filter((m) => /NOT HELD|not held/.test(m[0]))
      .map((m) => m[1]);
    expect(notHeld.length).toBeGreaterThan(0);
    for (const slug of notHeld) {
      const round = data.rounds.find((r) => r.id === slug);
      expect(round?.status ?? 'held', slug).not.toBe('held');
    }
  });
});
