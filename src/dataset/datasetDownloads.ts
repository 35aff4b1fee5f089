import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetDescription, DownloadCatalogue } from '../context';
import type { GraphDatabase, GraphExecutor } from '../db/graphDatabase';
import type { Logger } from '../observability/logger';
import { buildDataset, BuiltDataset } from './datasetBuild';
import { downloadUrl } from './downloadAddress';
import { GRAPH_VERSION, graphVersion, GraphVersion } from './graphVersion';

/** How long Query.dataset waits for the downloads of a new version before it lists the previous ones: the curated graph's take seconds. */
const LISTING_WAIT_MS = 4000;

/** Whether `built` holds version `wanted` or a later one of the same graph. */
export const isAtLeast = (built: GraphVersion, wanted: GraphVersion): boolean => built.log === wanted.log && built.seq >= wanted.seq;

export interface DatasetDownloadsOptions {
  /** The folder this process keeps its builds under (a folder of its own is made inside it). */
  dir: string;
  /** The API's public address: the IRIs in the files start with it. */
  baseUrl: string;
  logger: Logger;
}

/**
 * The downloads this process serves: built once per version, when a version
 * is first asked for, one build at a time; the newest build is kept (and the
 * one before it is removed; a download under way keeps reading it). Several
 * API processes over one Neo4j each build their own: a version's files come
 * out byte for byte the same wherever they are built.
 */
export class DatasetDownloads implements DownloadCatalogue {
  private latest: BuiltDataset | undefined;
  private building: Promise<BuiltDataset> | undefined;
  private root: Promise<string> | undefined;

  constructor(
    private readonly db: GraphDatabase,
    private readonly options: DatasetDownloadsOptions,
  ) {}

  /** The newest build, if there is one yet. */
  get newest(): BuiltDataset | undefined {
    return this.latest;
  }

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  async describe(db: GraphExecutor): Promise<DatasetDescription> {
    const live = graphVersion(await db.read(GRAPH_VERSION));
    const built = await this.listing(live, LISTING_WAIT_MS);
    // A build reads the graph as it is when it starts: it may be newer than what was read a moment before.
    const version = built && isAtLeast(built.version, live) ? built.version : live;
    return {
      version: version.version,
      downloads: (built?.files ?? []).map(({ format, name, bytes, sha256 }) => ({ format, url: downloadUrl(this.options.baseUrl, built!.version.version, name), bytes, sha256 })),
      downloadsCursor: built?.version.cursor ?? null,
    };
  }

  /**
   * The build to list for `version`: that version's, once it is built or if it
   * is built within `waitMs`; until then the newest one there is (a large
   * graph takes minutes), or none.
   */
  async listing(version: GraphVersion, waitMs: number): Promise<BuiltDataset | undefined> {
    if (this.latest && isAtLeast(this.latest.version, version)) return this.latest;
    const build = this.upTo(version).catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([build, new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
    clearTimeout(timer);
    return this.latest;
  }

  /** The build of `version`, built first if that is the graph's current version; undefined when it is neither kept nor current. */
  async built(version: string): Promise<BuiltDataset | undefined> {
    if (this.latest?.version.version !== version) {
      const current = graphVersion(await this.db.read(GRAPH_VERSION));
      if (current.version !== version) return undefined;
      await this.upTo(current);
    }
    return this.latest?.version.version === version ? this.latest : undefined;
  }

  /** Builds the current version's downloads in the background (at start-up), so that the first to ask finds them. */
  prepare(): void {
    this.db
      .read(GRAPH_VERSION)
      .then((rows) => this.upTo(graphVersion(rows)))
      .catch((error: unknown) => this.options.logger.warn({ err: error }, 'the downloads will be built when first asked for'));
  }

  /** Waits for the builds under way and removes every file this process wrote. */
  async close(): Promise<void> {
    await this.building?.catch(() => undefined);
    if (this.root) await rm(await this.root, { recursive: true, force: true });
  }

  /** Builds until the newest build holds `version` or later: a build under way may have started before it. */
  private async upTo(version: GraphVersion): Promise<BuiltDataset> {
    while (!this.latest || !isAtLeast(this.latest.version, version)) {
      this.building ??= this.build().finally(() => (this.building = undefined));
      const built = await this.building;
      // A build reads the graph as it is now; one of another log means the database under us was replaced.
      if (built.version.log !== version.log) break;
    }
    return this.latest!;
  }

  private async build(): Promise<BuiltDataset> {
    this.root ??= mkdtemp(join(this.options.dir, 'missiongraph-downloads-'));
    try {
      const built = await buildDataset(this.db, await this.root, this.options.baseUrl);
      const previous = this.latest;
      this.latest = built;
      if (previous && previous.dir !== built.dir) await rm(previous.dir, { recursive: true, force: true });
      this.options.logger.info({ version: built.version.version, ms: built.ms, files: built.files.length }, 'built the downloads');
      return built;
    } catch (error) {
      this.options.logger.error({ err: error }, 'building the downloads failed');
      throw error;
    }
  }
}
