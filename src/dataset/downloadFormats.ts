import { CSV_DOWNLOAD } from './csvDownload';
import { GRAPHML_DOWNLOAD } from './graphmlDownload';
import { JSON_DOWNLOAD } from './jsonDownload';
import { JSONLD_DOWNLOAD, NTRIPLES_DOWNLOAD } from './linkedDataDownloads';
import { DownloadFormat } from './snapshotWriter';

/** Every format of the downloads, in the order `dataset.downloads` lists their files. */
export const DOWNLOAD_FORMATS: readonly DownloadFormat[] = [JSON_DOWNLOAD, CSV_DOWNLOAD, GRAPHML_DOWNLOAD, JSONLD_DOWNLOAD, NTRIPLES_DOWNLOAD];

export const downloadFormat = (name: string): DownloadFormat | undefined => DOWNLOAD_FORMATS.find((format) => format.name === name);
