import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../entities/date.scalar';

// Not simpleResolvers: these answers are built in JS, not projected by the statement under each response key,
// so each field reads its own property whatever alias the client gave it.

@ObjectType({ description: 'v2. One file of the whole graph, for download over HTTP.' })
export class Download {
  @Field({ description: 'A media type: application/json, text/csv, application/graphml+xml, application/ld+json, application/n-triples.' })
  format!: string;

  @Field({ description: 'Where to get it: an address that names its version, so its content never changes (and may be cached for good).' })
  url!: string;

  @Field(() => Int, { nullable: true, description: 'Its size in bytes, uncompressed (it is also served in gzip and brotli).' })
  bytes!: number | null;

  @Field(() => String, { nullable: true, description: 'The SHA-256 of its uncompressed bytes, in hex: `sha256sum` prints the same.' })
  sha256!: string | null;
}

@ObjectType({ description: 'v2. About the data set itself.' })
export class DatasetInfo {
  @Field({ description: 'Changes with every change to the curated data: the change log\'s last number and the identity of that log ("1874-3f2a9c0e51d7"), so that no two graphs share one.' })
  version!: string;

  @Field(() => DateScalar, { description: 'The day the data was last checked against its sources: `planned`, `status` and `outcome` are true as of then.' })
  asOf!: string;

  @Field({ description: 'SPDX identifier of the data\'s licence.' })
  license!: string;

  @Field(() => [Download], {
    description: 'The whole graph in one file per format (CSV: one per table), all of one version, generated from the graph. The downloads of a new version are built when it is first asked for; until they are (a large graph takes minutes), the previous version\'s are listed, and `downloadsCursor` says which.',
  })
  downloads!: Download[];

  @Field(() => String, {
    nullable: true,
    description: 'The change cursor the downloads are consistent with: load them, then read `changes(after: downloadsCursor)` for every write since, and follow the change log from there. Null until the first downloads are built.',
  })
  downloadsCursor!: string | null;
}
