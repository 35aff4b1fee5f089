import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { dataset } from './dataset.queries';
import { DatasetInfo } from './dataset.type';

@Resolver()
export class DatasetResolver {
  @Query(() => DatasetInfo, { description: 'v2. The data set: its version, date and licence, and the whole graph for download in JSON, CSV, GraphML, JSON-LD and N-Triples.' })
  dataset(@Ctx() context: GraphContext) {
    return dataset(context);
  }
}
