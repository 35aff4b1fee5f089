import { dirname } from 'node:path';
import { joinMultiChunkMessages } from '../../src/db/wholeMessages';

/**
 * The driver's own dechunker and unpacker, fed a Bolt message in several
 * chunks as Neo4j sends a large record: once the chunks are joined, the message
 * reaches the unpacker as one buffer and reads back exactly as it was written,
 * a character split between two chunks included.
 */
const boltConnection = dirname(require.resolve('neo4j-driver-bolt-connection/package.json', { paths: [dirname(require.resolve('neo4j-driver'))] }));
const { Dechunker } = require(`${boltConnection}/lib/channel/chunking`);
const ChannelBuffer = require(`${boltConnection}/lib/channel/channel-buf`).default;
const { Unpacker } = require(`${boltConnection}/lib/packstream/packstream-v1`);

/** A PackStream map of strings: MAP_16 and its size, then each key and value as STRING_16. */
function packedMap(entries: [string, string][]): Buffer {
  const string16 = (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    const head = Buffer.alloc(3);
    head.writeUInt8(0xd1, 0);
    head.writeUInt16BE(bytes.length, 1);
    return Buffer.concat([head, bytes]);
  };
  return Buffer.concat([Buffer.from([0xd9, entries.length >> 8, entries.length & 0xff]), ...entries.flatMap(([key, value]) => [string16(key), string16(value)])]);
}

/** The message as Bolt chunks of at most `size` bytes, each with its length, then the 0 that ends it. */
function chunked(message: Buffer, size: number): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < message.length; at += size) {
    const body = message.subarray(at, at + size);
    const head = Buffer.alloc(2);
    head.writeUInt16BE(body.length, 0);
    parts.push(head, body);
  }
  return Buffer.concat([...parts, Buffer.from([0, 0])]);
}

describe('a Bolt message in several chunks', () => {
  const entries: [string, string][] = Array.from({ length: 40 }, (_, i) => [`key${i}`, `天问二号 to Kamoʻoalewa, then 311P/PANSTARRS #${i} ${'·'.repeat(i)}`]);
  const message = packedMap(entries);

  it('is read back as written, through one buffer, wherever its chunks split it', () => {
    expect(joinMultiChunkMessages()).toBe(true);
    // Chunk sizes that cut multi-byte characters (天 is 3 bytes, ʻ and · 2) at every offset.
    for (const size of [7, 64, 333, 1000]) {
      const received: { _buffer?: Buffer; _buffers?: unknown[] }[] = [];
      const dechunker = new Dechunker();
      dechunker.onmessage = (buffer: { _buffer?: Buffer }) => received.push(buffer);
      const wire = chunked(message, size);
      // As the socket delivers it: in pieces that do not follow the chunks either.
      for (let at = 0; at < wire.length; at += 500) dechunker.write(new ChannelBuffer(wire.subarray(at, at + 500)));

      expect(received).toHaveLength(1);
      expect(received[0]._buffers).toBeUndefined();
      expect(Buffer.compare(received[0]._buffer!, message)).toBe(0);
      expect(new Unpacker(true, false).unpack(received[0])).toEqual(Object.fromEntries(entries));
    }
  });

  it('in one chunk is passed on as the driver passes it', () => {
    const received: unknown[] = [];
    const dechunker = new Dechunker();
    dechunker.onmessage = (buffer: unknown) => received.push(buffer);
    dechunker.write(new ChannelBuffer(chunked(message, 65535)));
    expect(new Unpacker(true, false).unpack(received[0])).toEqual(Object.fromEntries(entries));
  });
});
