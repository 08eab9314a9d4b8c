import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { type DisclosedFile, fileOf } from './disclosures.usecases';

/**
 * A ZIP written to a private temporary file one entry at a time (HF-4.4 the handover package), so memory
 * holds one case file at a time however many there are; each entry's SHA-256 is kept for the act. PDFs
 * are stored as they are (already compressed), text and spreadsheets deflated. `dispose` removes the file.
 */
export class PackageWriter {
  readonly files: DisclosedFile[] = [];
  readonly path: string;
  private readonly dir: string;
  private readonly fd: number;
  private readonly zip: Zip;
  private failure: Error | null = null;
  private closed = false;
  private readonly done: Promise<void>;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'socrehab-package-'));
    this.path = join(this.dir, 'package.zip');
    this.fd = openSync(this.path, 'wx', 0o600);
    let finished: () => void = () => undefined;
    this.done = new Promise((resolve) => { finished = resolve; });
    this.zip = new Zip((error, chunk, final) => {
      if (error) this.failure = error;
      else writeSync(this.fd, chunk);
      if (final || error) finished();
    });
  }

  /** Adds a file under `name` (a relative path, ASCII) and returns its checksum. */
  add(name: string, bytes: Uint8Array, compress = !name.endsWith('.pdf')): DisclosedFile {
    const entry = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    this.zip.add(entry);
    entry.push(bytes, true);
    const file = fileOf(name, bytes);
    this.files.push(file);
    return file;
  }

  /** Adds a file read from a stream (deflated), chunk by chunk as it comes, and returns its checksum. */
  async addStream(name: string, stream: Readable): Promise<DisclosedFile> {
    const entry = new ZipDeflate(name, { level: 6 });
    this.zip.add(entry);
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of stream) {
      const data = chunk instanceof Uint8Array ? chunk : Buffer.from(chunk as string);
      hash.update(data);
      bytes += data.byteLength;
      entry.push(data);
    }
    entry.push(new Uint8Array(0), true);
    const file = { name, sha256: hash.digest('hex'), bytes };
    this.files.push(file);
    return file;
  }

  /** Writes the ZIP's directory and closes the file. */
  async finish(): Promise<string> {
    this.zip.end();
    await this.done;
    this.close();
    if (this.failure) throw this.failure;
    return this.path;
  }

  /** Removes the file (after it was sent, or when the production failed). */
  dispose(): void {
    this.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private close(): void {
    if (!this.closed) closeSync(this.fd);
    this.closed = true;
  }
}

/** A name safe in a ZIP and on any disk: letters, digits, dot, dash and underscore. */
export const safeFileName = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80) || 'file';
