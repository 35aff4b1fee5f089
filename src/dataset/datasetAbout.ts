import { readDataset, DatasetFile } from '../seed/seedFiles';
import { SEED_DIR } from '../seed/loadSeed';

let about: DatasetFile | undefined;

/** The curated data's title, date and licence (seed/dataset.json), read once. */
export const datasetAbout = (): DatasetFile => (about ??= readDataset(SEED_DIR));
