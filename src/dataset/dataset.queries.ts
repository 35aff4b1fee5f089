import type { GraphContext } from '../context';
import { datasetAbout } from './datasetAbout';
import type { DatasetInfo } from './dataset.type';

/** Query.dataset: the graph's version and its downloads (one statement), with the curated data's date and licence. */
export async function dataset(context: GraphContext): Promise<DatasetInfo> {
  const { asOf, license } = datasetAbout();
  return { ...(await context.downloads.describe(context.db)), asOf, license };
}
