import { Float, Int } from 'type-graphql';
import type { Storage } from '../cypher/fieldCompilers';
import type { GraphRecord } from '../documents/graphDocument';
import type { KindModel } from '../documents/graphModel';

/** How a table or GraphML types a value: GraphML's attr.type names. */
export type ColumnType = 'string' | 'double' | 'int' | 'boolean';

/** A record's property as one column of a table (CSV, GraphML): lists flattened into one text. */
export interface PropertyColumn {
  name: string;
  type: ColumnType;
  /** The value as the cell holds it; null for an empty cell. */
  cell(record: GraphRecord): string | number | boolean | null;
}

/** Several values in one cell are joined with "|", as KGX tables do; no id, enum or identifier holds one. */
export const LIST_SEPARATOR = '|';

function columnType(type: unknown, storage: Storage): ColumnType {
  if (storage !== 'value') return 'string';
  if (type === Float) return 'double';
  if (type === Int) return 'int';
  if (type === Boolean) return 'boolean';
  return 'string';
}

function cellOf(storage: Storage): (value: unknown) => string | number | boolean | null {
  if (typeof storage === 'object') {
    const [first, second] = storage.pairs;
    return (value) => {
      const pairs = value as Record<string, string>[];
      return pairs.length === 0 ? null : pairs.map((pair) => `${pair[first]}:${pair[second]}`).join(LIST_SEPARATOR);
    };
  }
  if (storage === 'list') return (value) => ((value as string[]).length === 0 ? null : (value as string[]).join(LIST_SEPARATOR));
  return (value) => (value === null || value === undefined ? null : (value as string | number | boolean));
}

/** The properties of one kind's records, in record order (the relationships are the edges, not columns). */
export function propertyColumns(model: KindModel): PropertyColumn[] {
  return model.fields.flatMap(([name, field]) => {
    if (field.kind !== 'property') return [];
    const cell = cellOf(field.storage);
    return [{ name, type: columnType(field.type(), field.storage), cell: (record: GraphRecord) => cell(record[name]) }];
  });
}
