import { createReadStream } from 'node:fs';
import { GRAPH_MODEL } from '../documents/graphModel';
import { DownloadFile } from './downloadFile';
import { ColumnType, PropertyColumn, propertyColumns } from './propertyColumns';
import { recordEdges } from './recordEdges';
import { DownloadFormat } from './snapshotWriter';

export const GRAPHML_FILE = 'missiongraph.graphml';
const GRAPHML = 'application/graphml+xml';

/** Text as XML 1.0 holds it: the five specials escaped, the control characters it cannot hold dropped. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Every kind's properties as one set of node keys: a name two kinds share has one type (checked here, once). */
function nodeKeys(): { name: string; type: ColumnType }[] {
  const keys = new Map<string, ColumnType>([['category', 'string'], ['label', 'string']]);
  for (const model of GRAPH_MODEL) {
    for (const column of propertyColumns(model)) {
      if (column.name === 'id') continue;
      const known = keys.get(column.name);
      if (known && known !== column.type) throw new Error(`GraphML: ${column.name} is ${known} in one kind and ${column.type} in another`);
      keys.set(column.name, column.type);
    }
  }
  return [...keys].map(([name, type]) => ({ name, type }));
}

const HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
${nodeKeys()
  .map(({ name, type }) => `  <key id="node.${name}" for="node" attr.name="${name}" attr.type="${type}"/>\n`)
  .join('')}  <key id="edge.type" for="edge" attr.name="type" attr.type="string"/>
  <key id="edge.order" for="edge" attr.name="order" attr.type="int"/>
  <graph id="missiongraph" edgedefault="directed">
`;

const data = (key: string, value: string | number | boolean | null) => (value === null ? '' : `<data key="${key}">${xmlText(String(value))}</data>`);

/**
 * GraphML that Gephi, Cytoscape and NetworkX read: one node per entity (its
 * kind as `category`, its name also as `label`, every property a typed key,
 * lists joined with "|") and one directed edge per relationship, typed, with
 * its order where it has one. The edges are gathered in a scratch file and
 * follow the nodes, so that a reader meets every node before an edge names it.
 */
export const GRAPHML_DOWNLOAD: DownloadFormat = {
  name: 'graphml',
  files: [{ name: GRAPHML_FILE, mediaType: GRAPHML }],
  open({ open, scratchPath }) {
    const file = open(GRAPHML_FILE, GRAPHML);
    const edges = new DownloadFile('edges', GRAPHML, scratchPath('graphml-edges'));
    const columns = new Map(GRAPH_MODEL.map((model) => [model, propertyColumns(model).filter((column) => column.name !== 'id')] as [typeof model, PropertyColumn[]]));
    return {
      startKind: (model) => (model === GRAPH_MODEL[0] ? file.write(HEAD) : undefined),
      record: async (model, record) => {
        const cells = columns.get(model)!.map((column) => data(`node.${column.name}`, column.cell(record))).join('');
        await file.write(`    <node id="${xmlText(record.id)}">${data('node.category', model.descriptor.label)}${data('node.label', record.name as string)}${cells}</node>\n`);
        for (const edge of recordEdges(model, record)) {
          await edges.write(`    <edge source="${xmlText(edge.from)}" target="${xmlText(edge.to)}">${data('edge.type', edge.type)}${data('edge.order', edge.order)}</edge>\n`);
        }
      },
      finish: async () => {
        await edges.close();
        for await (const chunk of createReadStream(edges.path, { encoding: 'utf8' })) await file.write(chunk as string);
        await file.write('  </graph>\n</graphml>\n');
        return [await file.close()];
      },
      abandon: () => [file, edges].forEach((one) => one.abandon()),
    };
  },
};
