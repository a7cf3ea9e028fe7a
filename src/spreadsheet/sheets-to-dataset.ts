import { problem, wordProblem, type Problem } from '../domain/problem.ts';
import { readCell, type CellValue } from './cell-values.ts';
import type { Column } from './column-types.ts';
import { PathLocator } from './path-locator.ts';
import { SHEETS, type SheetSpec } from './sheet-specs.ts';
import type { SheetLocation, SheetProblem, Workbook } from './workbook.ts';

type Json = Record<string, unknown>;
type Path = (string | number)[];

/** The dataset object built from a workbook, before validation, with what could not be read. */
export interface AssembledWorkbook {
  dataset: Json;
  /** Cells and rows that could not be placed (a bad yes/no, a delegate of a party not at the round). */
  problems: SheetProblem[];
  /** Columns and sheets the template doesn't know, left out. */
  ignored: Problem[];
  locator: PathLocator;
}

const REQUIRED_SHEETS = new Set(['dataset', 'rounds', 'parties', 'people', 'topics', 'sources']);
/** The template's instructions sheet; never data. */
export const HELP_SHEET = 'read me';

/** Turns the template's sheets into a dataset object, remembering where every value came from. */
export function sheetsToDataset(workbook: Workbook): AssembledWorkbook {
  const dataset: Json = { parties: [], people: [], topics: [], sources: [], rounds: [] };
  const problems: SheetProblem[] = [];
  const ignored: Problem[] = [];
  const locator = new PathLocator();
  const byName = new Map(workbook.map((sheet) => [sheet.name.trim().toLowerCase(), sheet]));
  for (const sheet of workbook) {
    const name = sheet.name.trim().toLowerCase();
    if (name !== HELP_SHEET && !SHEETS.some((spec) => spec.name === name)) {
      ignored.push(problem('sheetLeftOut', sheet.name));
    }
  }
  // Parents before children: a participant row needs its round, a delegate row its participant.
  const ordered = [...SHEETS].sort((a, b) => rank(a) - rank(b));
  const context = new BuildContext(dataset, problems, locator);
  for (const spec of ordered) {
    const sheet = byName.get(spec.name);
    const firstHeader = spec.keys[0]?.header ?? spec.columns[0]?.header ?? '';
    if (spec.place.kind === 'collection') {
      locator.addCollection(spec.place.collection, { sheet: spec.name, row: 1, column: firstHeader });
    }
    if (!sheet) {
      if (REQUIRED_SHEETS.has(spec.name)) {
        problems.push(
          sheetProblem(
            { sheet: spec.name, row: 1, column: firstHeader },
            problem('noSheet', spec.name, spec.row),
          ),
        );
      }
      continue;
    }
    readSheet(spec, sheet.rows, context, ignored);
  }
  return { dataset, problems, ignored, locator };
}

/** A problem at a place in the workbook, with its English message. */
export function sheetProblem(place: SheetLocation, found: Problem): SheetProblem {
  return { ...place, message: wordProblem(found), problem: found };
}

function rank(spec: SheetSpec): number {
  return spec.place.kind === 'collection' || spec.place.kind === 'meta' ? 0 : 1;
}

function readSheet(spec: SheetSpec, rows: CellValue[][], context: BuildContext, ignored: Problem[]): void {
  const header = rows[0] ?? [];
  const indexOf = new Map<string, number>();
  header.forEach((cell, index) => {
    const name = String(cell ?? '')
      .trim()
      .toLowerCase();
    if (name === '') return;
    if ([...spec.keys, ...spec.columns].some((column) => column.header === name)) indexOf.set(name, index);
    else ignored.push(problem('columnLeftOut', String(cell), spec.name));
  });
  for (const column of [...spec.keys, ...spec.columns]) {
    if (column.required && !indexOf.has(column.header)) {
      context.problems.push(
        sheetProblem({ sheet: spec.name, row: 1, column: column.header }, problem('noColumn', column.header)),
      );
    }
  }
  const start = isNotesRow(rows[1]) ? 2 : 1;
  let dataRows = 0;
  for (let index = start; index < rows.length; index += 1) {
    const cells = rows[index] ?? [];
    if (cells.every((cell) => cell === null || String(cell).trim() === '')) continue;
    dataRows += 1;
    const row = index + 1;
    if (spec.place.kind === 'meta' && dataRows > 1) {
      context.problems.push(
        sheetProblem(
          { sheet: spec.name, row, column: spec.columns[0]?.header ?? '' },
          problem('extraDatasetRow'),
        ),
      );
      continue;
    }
    const values = (columns: readonly Column[]) => {
      const out = new Map<Column, unknown>();
      for (const column of columns) {
        const at = indexOf.get(column.header);
        const read = readCell(column, at === undefined ? null : (cells[at] ?? null));
        if (!read.ok)
          context.problems.push(sheetProblem({ sheet: spec.name, row, column: column.header }, read.problem));
        else if (!('empty' in read)) out.set(column, read.value);
      }
      return out;
    };
    context.place(spec, row, values(spec.keys), values(spec.columns));
  }
}

/** The template's second row explains each column; every note starts "Required." or "Optional.". */
function isNotesRow(cells: CellValue[] | undefined): boolean {
  const first = cells?.find((cell) => cell !== null && String(cell).trim() !== '');
  return typeof first === 'string' && /^(Required|Optional)\./.test(first.trim());
}

/** Places records in the dataset under their parents and records where each value came from. */
class BuildContext {
  constructor(
    readonly dataset: Json,
    readonly problems: SheetProblem[],
    readonly locator: PathLocator,
  ) {}

  place(spec: SheetSpec, row: number, keys: Map<Column, unknown>, values: Map<Column, unknown>): void {
    const record: Json = {};
    for (const [column, value] of values) setAt(record, column.path, value);
    const key = (header: string) => {
      for (const [column, value] of keys) if (column.header === header) return String(value);
      return undefined;
    };
    const at = (header: string, found: Problem): void => {
      this.problems.push(sheetProblem({ sheet: spec.name, row, column: header }, found));
    };
    const { place } = spec;
    let prefix: Path | null = null;
    switch (place.kind) {
      case 'meta':
        this.dataset.meta = record;
        prefix = ['meta'];
        break;
      case 'collection': {
        const list = this.dataset[place.collection] as Json[];
        if (place.collection === 'rounds')
          Object.assign(record, { participants: [], outcomes: [], ...record });
        if (place.collection === 'people') Object.assign(record, { positions: [], ...record });
        prefix = [place.collection, list.push(record) - 1];
        break;
      }
      case 'round-child':
      case 'disputes':
      case 'delegates': {
        const roundId = key('round');
        const r = this.indexById('rounds', roundId);
        if (roundId === undefined) return at('round', problem('rowNeedsRound'));
        if (r < 0) return at('round', problem('noSuchRound', roundId));
        const round = (this.dataset.rounds as Json[])[r] as Json;
        if (place.kind === 'round-child') {
          prefix = ['rounds', r, place.field, push(round, place.field, record)];
        } else if (place.kind === 'delegates') {
          const party = key('party');
          const participants = (round.participants ?? []) as Json[];
          const p = participants.findIndex((participant) => participant.party === party);
          if (party === undefined) return at('party', problem('rowNeedsParty'));
          if (p < 0) return at('party', problem('noSuchParticipant', roundId, party));
          prefix = [
            'rounds',
            r,
            'participants',
            p,
            'delegation',
            push(participants[p] as Json, 'delegation', record),
          ];
        } else {
          prefix = this.placeAccount(spec, row, round, r, keys, record);
        }
        break;
      }
      case 'positions': {
        const personId = key('person');
        const p = this.indexById('people', personId);
        if (personId === undefined) return at('person', problem('rowNeedsPerson'));
        if (p < 0) return at('person', problem('noSuchPerson', personId));
        const person = (this.dataset.people as Json[])[p] as Json;
        prefix = ['people', p, 'positions', push(person, 'positions', record)];
        break;
      }
    }
    if (prefix) this.locate(spec, row, prefix, spec.columns);
  }

  /** Accounts with the same dispute id in one round form one dispute; its subject comes from any of them. */
  private placeAccount(
    spec: SheetSpec,
    row: number,
    round: Json,
    r: number,
    keys: Map<Column, unknown>,
    record: Json,
  ) {
    const dispute: Json = {};
    for (const [column, value] of keys) if (column.path.length > 0) setAt(dispute, column.path, value);
    const disputes = (round.disputes ??= []) as Json[];
    let d = disputes.findIndex((existing) => existing.id === dispute.id);
    if (d < 0) d = disputes.push({ ...dispute, accounts: [] }) - 1;
    const target = disputes[d] as Json;
    if (target.subject === undefined && dispute.subject !== undefined) target.subject = dispute.subject;
    const disputePath: Path = ['rounds', r, 'disputes', d];
    this.locate(
      spec,
      row,
      disputePath,
      spec.keys.filter((column) => column.path.length > 0),
    );
    return [...disputePath, 'accounts', push(target, 'accounts', record)];
  }

  private locate(spec: SheetSpec, row: number, prefix: Path, columns: readonly Column[]) {
    for (const column of columns) {
      // A tuple column (longitude) answers for its whole tuple too, so "coordinates" problems find a column.
      this.locator.add([...prefix, ...column.path], { sheet: spec.name, row, column: column.header });
      if (typeof column.path.at(-1) === 'number') {
        this.locator.add([...prefix, ...column.path.slice(0, -1)], {
          sheet: spec.name,
          row,
          column: column.header,
        });
      }
    }
    const column = spec.rowColumn ?? spec.columns[0]?.header ?? '';
    this.locator.add(prefix, { sheet: spec.name, row, column });
  }

  private indexById(collection: string, id: string | undefined): number {
    if (id === undefined) return -1;
    return (this.dataset[collection] as Json[]).findIndex((item) => item.id === id);
  }
}

function push(parent: Json, field: string, record: Json): number {
  const list = (parent[field] ??= []) as Json[];
  return list.push(record) - 1;
}

function setAt(target: Json, path: readonly (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = target;
  path.forEach((segment, i) => {
    if (i === path.length - 1) {
      node[segment] = value;
      return;
    }
    const next = path[i + 1];
    node[segment] ??= typeof next === 'number' ? [] : {};
    node = node[segment] as Record<string | number, unknown>;
  });
}
