import { GRAPH_MODEL, KindModel } from '../documents/graphModel';
import { DownloadFile } from './downloadFile';
import { PropertyColumn, propertyColumns } from './propertyColumns';
import { recordEdges } from './recordEdges';
import { DownloadFormat } from './snapshotWriter';

const CSV = 'text/csv';
export const EDGES_FILE = 'edges.csv';
const EDGE_HEADER = ['subject', 'predicate', 'object', 'order'];

/** RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled; rows end in CRLF. */
function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvRow = (cells: (string | number | boolean | null)[]): string => `${cells.map(csvCell).join(',')}\r\n`;

const nodeFile = (model: KindModel) => `${model.collection}.csv`;

/**
 * KGX-style tables: one node table per kind (id, category, then its
 * properties) and one edge table (subject, predicate, object, order), each
 * with a header row; lists are joined with "|", identifiers as SCHEME:value.
 */
export const CSV_DOWNLOAD: DownloadFormat = {
  name: 'csv',
  files: [...GRAPH_MODEL.map((model) => ({ name: nodeFile(model), mediaType: CSV })), { name: EDGES_FILE, mediaType: CSV }],
  open({ open }) {
    const edges = open(EDGES_FILE, CSV);
    const nodes = new Map<KindModel, { file: DownloadFile; columns: PropertyColumn[] }>();
    return {
      startKind: async (model) => {
        if (nodes.size === 0) await edges.write(csvRow(EDGE_HEADER));
        const columns = propertyColumns(model).filter((column) => column.name !== 'id');
        const file = open(nodeFile(model), CSV);
        nodes.set(model, { file, columns });
        await file.write(csvRow(['id', 'category', ...columns.map((column) => column.name)]));
      },
      record: async (model, record) => {
        const { file, columns } = nodes.get(model)!;
        await file.write(csvRow([record.id, model.descriptor.label, ...columns.map((column) => column.cell(record))]));
        for (const edge of recordEdges(model, record)) await edges.write(csvRow([edge.from, edge.type, edge.to, edge.order]));
      },
      finish: async () => {
        const tables = await Promise.all([...nodes.values()].map(({ file }) => file.close()));
        return [...tables, await edges.close()];
      },
      abandon: () => [...[...nodes.values()].map(({ file }) => file), edges].forEach((file) => file.abandon()),
    };
  },
};
