import { writeCell, type CellValue } from './cell-values.ts';
import { columnNote, type Column } from './column-types.ts';
import { SHEETS, type SheetSpec } from './sheet-specs.ts';
import type { Workbook } from './workbook.ts';

type Json = Record<string, unknown>;

/** One row to write: the parent keys, and the record whose columns follow them. */
interface Entry {
  keys: unknown[];
  record: Json;
}

/**
 * Writes a dataset as the template's sheets: header row, notes row, then one row per record. Takes any
 * dataset-shaped object, so an unfinished draft can be written out too.
 */
export function datasetToSheets(dataset: Json): Workbook {
  return SHEETS.map((spec) => {
    const columns = [...spec.keys, ...spec.columns];
    const rows: CellValue[][] = [columns.map((column) => column.header), columns.map(columnNote)];
    for (const entry of entries(spec, dataset)) {
      rows.push([
        ...spec.keys.map((column, i) => writeCell(column, entry.keys[i])),
        ...spec.columns.map((column) => writeCell(column, getAt(entry.record, column.path))),
      ]);
    }
    return { name: spec.name, rows };
  });
}

function entries(spec: SheetSpec, dataset: Json): Entry[] {
  const list = (value: unknown) => (Array.isArray(value) ? (value as Json[]) : []);
  const rounds = list(dataset.rounds);
  const { place } = spec;
  switch (place.kind) {
    case 'meta':
      return dataset.meta ? [{ keys: [], record: dataset.meta as Json }] : [];
    case 'collection':
      return list(dataset[place.collection]).map((record) => ({ keys: [], record }));
    case 'round-child':
      return rounds.flatMap((round) =>
        list(round[place.field]).map((record) => ({ keys: [round.id], record })),
      );
    case 'delegates':
      return rounds.flatMap((round) =>
        list(round.participants).flatMap((participant) =>
          list(participant.delegation).map((record) => ({ keys: [round.id, participant.party], record })),
        ),
      );
    case 'disputes':
      return rounds.flatMap((round) =>
        list(round.disputes).flatMap((dispute) =>
          list(dispute.accounts).map((record, i) => ({
            // The subject is written once, on a dispute's first account, as a person would.
            keys: [round.id, dispute.id, i === 0 ? dispute.subject : undefined],
            record,
          })),
        ),
      );
    case 'positions':
      return list(dataset.people).flatMap((person) =>
        list(person.positions).map((record) => ({ keys: [person.id], record })),
      );
  }
}

/** Reads the value at a column's path, or undefined. */
export function getAt(record: unknown, path: Column['path']): unknown {
  let node = record;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
