import { GRAPH_MODEL } from '../documents/graphModel';
import { linkedDataOf } from './linkedData';
import { DownloadFormat } from './snapshotWriter';

export const JSONLD_FILE = 'missiongraph.jsonld';
export const NTRIPLES_FILE = 'missiongraph.nt';
const JSONLD = 'application/ld+json';
const NTRIPLES = 'application/n-triples';

/** JSON-LD: one @context (schema.org and Wikidata terms where they exist) and every entity a node of the @graph. */
export const JSONLD_DOWNLOAD: DownloadFormat = {
  name: 'jsonld',
  files: [{ name: JSONLD_FILE, mediaType: JSONLD }],
  open({ open, baseUrl }) {
    const vocabulary = linkedDataOf(baseUrl);
    const file = open(JSONLD_FILE, JSONLD);
    let nodes = 0;
    return {
      startKind: (model) => (model === GRAPH_MODEL[0] ? file.write(`{"@context":${JSON.stringify(vocabulary.context)},\n"@graph":[`) : undefined),
      record: (model, record) => file.write(`${nodes++ === 0 ? '\n' : ',\n'}${JSON.stringify(vocabulary.entity(model, record).node)}`),
      finish: async () => {
        await file.write(nodes === 0 ? ']}\n' : '\n]}\n');
        return [await file.close()];
      },
      abandon: () => file.abandon(),
    };
  },
};

/** N-Triples: the JSON-LD's triples, one a line. */
export const NTRIPLES_DOWNLOAD: DownloadFormat = {
  name: 'ntriples',
  files: [{ name: NTRIPLES_FILE, mediaType: NTRIPLES }],
  open({ open, baseUrl }) {
    const vocabulary = linkedDataOf(baseUrl);
    const file = open(NTRIPLES_FILE, NTRIPLES);
    return {
      record: (model, record) => file.write(`${vocabulary.entity(model, record).triples.join('\n')}\n`),
      finish: async () => [await file.close()],
      abandon: () => file.abandon(),
    };
  },
};
