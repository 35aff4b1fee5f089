import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, WriteStream } from 'node:fs';

/** What the listing says of one file: its name, media type, size and checksum. */
export interface DownloadSummary {
  name: string;
  format: string;
  bytes: number;
  sha256: string;
}

/** Text is gathered into chunks of about this many characters before it is hashed and written. */
const CHUNK_CHARS = 64 * 1024;

/**
 * One file of a download being written: its SHA-256 and size are taken from
 * the bytes as they go out, and a slow disk holds the writer back (drain)
 * instead of the text piling up in memory.
 */
export class DownloadFile {
  private readonly stream: WriteStream;
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(
    readonly name: string,
    readonly format: string,
    readonly path: string,
  ) {
    this.stream = createWriteStream(path);
  }

  /** Resolves at once unless the disk is behind: `await` it. */
  write(text: string): Promise<void> | undefined {
    this.pending.push(text);
    this.pendingChars += text.length;
    return this.pendingChars >= CHUNK_CHARS ? this.flush() : undefined;
  }

  async close(): Promise<DownloadSummary> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
    return { name: this.name, format: this.format, bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  /** Stops writing after a failure; the file is removed with its folder. */
  abandon(): void {
    this.stream.destroy();
  }

  private async flush(): Promise<void> {
    if (this.pendingChars === 0) return;
    const chunk = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingChars = 0;
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}
