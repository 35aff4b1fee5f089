import type { KindModel } from '../documents/graphModel';
import { DownloadFormat } from './snapshotWriter';

export const JSON_FILE = 'missiongraph.json';

/**
 * The project's own format, what `npm run import` and importGraph read: the
 * bytes JSON.stringify(graph, null, 2) would give, written a record at a time.
 */
export const JSON_DOWNLOAD: DownloadFormat = {
  name: 'json',
  files: [{ name: JSON_FILE, mediaType: 'application/json' }],
  open({ open }) {
    const file = open(JSON_FILE, 'application/json');
    let kinds = 0;
    let records = 0;
    return {
      startKind: (model: KindModel) => {
        records = 0;
        return file.write(`${kinds++ === 0 ? '{\n' : ',\n'}  ${JSON.stringify(model.collection)}: [`);
      },
      record: (_model, record) => file.write(`${records++ === 0 ? '' : ','}\n    ${JSON.stringify(record, null, 2).replace(/\n/g, '\n    ')}`),
      endKind: () => file.write(records === 0 ? ']' : '\n  ]'),
      finish: async () => {
        await file.write(kinds === 0 ? '{}\n' : '\n}\n');
        return [await file.close()];
      },
      abandon: () => file.abandon(),
    };
  },
};
