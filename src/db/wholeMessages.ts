import { dirname } from 'node:path';

/**
 * neo4j-driver 6.3 keeps a Bolt message that arrived in several chunks (Neo4j
 * writes chunks of 8 kB and less, so any record over that: a neighbourhood, a
 * page of missions with their events) as a list of its chunks, and then reads
 * every byte and every string of it through that list: each read walks the
 * chunks from the first, and each string gets a StringDecoder of its own. A
 * 92 kB neighbourhood of the Sun (12 chunks, 7,700 strings) took the API 9 ms
 * to decode, nearly all of it there. Joined into one buffer (one copy of the
 * message), the same record is read by the driver's own single-buffer path.
 *
 * This swaps the driver's dechunker's end-of-message step for one that joins
 * the chunks first and then hands over to the driver's own step; everything
 * else is the driver's. It is applied only to the version it was written for
 * (the one package.json pins), and only once.
 */
const FOR_VERSION = '6.3.0';

interface ChunkBuffer {
  _buffer: Buffer;
}
interface DechunkerPrototype {
  _currentMessage: ChunkBuffer[];
  _onHeader(header: number): unknown;
}

let applied: boolean | undefined;

/** Whether the driver in use now joins multi-chunk messages; true once applied, false when its version is not the one pinned. */
export function joinMultiChunkMessages(): boolean {
  if (applied !== undefined) return applied;
  const boltConnection = dirname(require.resolve('neo4j-driver-bolt-connection/package.json', { paths: [dirname(require.resolve('neo4j-driver'))] }));
  const { version } = require(`${boltConnection}/package.json`) as { version: string };
  if (version !== FOR_VERSION) return (applied = false);
  const { Dechunker } = require(`${boltConnection}/lib/channel/chunking`) as { Dechunker: { prototype: DechunkerPrototype } };
  const ChannelBuffer = (require(`${boltConnection}/lib/channel/channel-buf`) as { default: new (buffer: Buffer) => ChunkBuffer }).default;
  const endOfMessage = Dechunker.prototype._onHeader;
  Dechunker.prototype._onHeader = function (this: DechunkerPrototype, header: number) {
    // A header of 0 ends a message; the driver's own step then passes on its one buffer.
    if (header === 0 && this._currentMessage.length > 1) {
      this._currentMessage = [new ChannelBuffer(Buffer.concat(this._currentMessage.map((chunk) => chunk._buffer)))];
    }
    return endOfMessage.call(this, header);
  };
  return (applied = true);
}
