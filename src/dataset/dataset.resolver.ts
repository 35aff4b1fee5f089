import { Ctx, Directive, Query, Resolver } from 'type-graphql';
import { NOT_CACHEABLE } from '../entities/cacheControl.directive';
import type { GraphContext } from '../context';
import { dataset } from './dataset.queries';
import { DatasetInfo } from './dataset.type';

@Resolver()
export class DatasetResolver {
  // Its addresses name the version, and a version's files are removed once the next is built.
  @Directive(NOT_CACHEABLE)
  @Query(() => DatasetInfo, { description: 'v2. The data set: its version, date and licence, and the whole graph for download in JSON, CSV, GraphML, JSON-LD and N-Triples.' })
  dataset(@Ctx() context: GraphContext) {
    return dataset(context);
  }
}
