import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { join } from 'node:path';
import { responseLimits } from '@praktijkscan/model';

/** A 32-bit hash of a practice id; any function will do for correctness, a good one for speed. */
export type IdHash = (id: string) => number;

/**
 * FNV-1a over the UTF-16 code units of `id`, then MurmurHash3's finaliser so that the low bits
 * (which pick the slot) depend on every character.
 *
 * @example
 * ```ts
 * import { hashPracticeId } from './first-lines';
 *
 * hashPracticeId('praktijk-001') === hashPracticeId('praktijk-001'); // true
 * ```
 */
export function hashPracticeId(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193);
  }
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

// Slots of two 32-bit numbers: the id's hash and where its record is, plus one (0: the slot is
// empty). The table doubles when it is 80 % full (linear probing).
const slotWidth = 2;
const initialSlots = 1024;
const maxLoad = 0.8;
// A record: the first line (4 bytes), the id's byte count with the encoding's flag (2 bytes, see
// encode), the id's bytes. Records are appended in blocks and never cross one, so a record's
// position says which block holds it.
const headerBytes = 6;
const defaultBlockBytes = 1 << 16;
// The longest id validation lets through, in UTF-16 code units.
const maxIdLength = responseLimits.maxPracticeIdLength;
const maxRecordBytes = headerBytes + 2 * maxIdLength;
const scratch = Buffer.alloc(maxRecordBytes);
const candidate = Buffer.alloc(maxRecordBytes);
const utf16Flag = 0x8000;

/** Whether some code unit of `id` is past U+00FF. */
function beyondLatin1(id: string): boolean {
  for (let index = 0; index < id.length; index += 1) if (id.charCodeAt(index) > 0xff) return true;
  return false;
}

/**
 * The bytes of `id` in `scratch` after the header, and their count with a flag for the encoding:
 * one byte per code unit (latin1) when every code unit fits, else its UTF-16 code units, lone
 * surrogates included. Both are exact (UTF-8 is not: it turns every lone surrogate into U+FFFD),
 * and the encoding follows from the id, so equal ids give equal bytes and flags.
 */
function encode(id: string): number {
  if (id.length > maxIdLength)
    throw new RangeError(`a practice id longer than ${maxIdLength} characters cannot be kept`);
  return beyondLatin1(id)
    ? scratch.write(id, headerBytes, 'utf16le') | utf16Flag
    : scratch.write(id, headerBytes, 'latin1');
}

/** Options of {@link FirstLines}. */
export interface FirstLinesOptions {
  /** For tests, which make collisions on purpose with a weak one. */
  readonly hash?: IdHash;
  /**
   * A directory for a temporary file that holds the ids' bytes, so that memory keeps 10 to 20
   * bytes per practice whatever the ids' length. The file is removed as soon as it is open (where
   * the system allows; else at {@link FirstLines.close}). Without it, or when no file can be made
   * there or written, the bytes are kept in memory.
   */
  readonly directory?: string;
  /**
   * For tests: the size of a block of records (64 KiB by default; at least 512 bytes), so that a
   * few records already fill blocks and go to the file.
   */
  readonly blockBytes?: number;
}

/**
 * The first line of each practice id of a batch, kept compactly: a table of 10 to 20 bytes per
 * practice (it is 40 to 80 % full) and a record of the line and the id's bytes (one per character
 * for Latin-1 text), in a temporary file when {@link FirstLinesOptions.directory} allows, else in
 * memory. A hash only finds the candidates; the id's own bytes decide, so a collision of hashes
 * never makes a false duplicate. A record is read back from the file only for a candidate.
 *
 * @example
 * ```ts
 * import { FirstLines } from './first-lines';
 *
 * const firstLines = new FirstLines();
 * firstLines.remember('praktijk-001', 1);
 * firstLines.firstLineOf('praktijk-001'); // 1
 * firstLines.firstLineOf('praktijk-002'); // undefined
 * firstLines.close();
 * ```
 */
export class FirstLines {
  private slots = new Uint32Array(initialSlots * slotWidth);
  private used = 0;
  private readonly hash: IdHash;
  // Blocks before `inFile` are in the file; the rest are in `blocks`, the last one being filled.
  private file: { descriptor: number; path?: string } | undefined;
  private inFile = 0;
  private readonly blocks: Buffer[] = [];
  private readonly blockBytes: number;
  // Every record's position, plus one, fits a 32-bit number.
  private readonly maxBlocks: number;
  private blockUsed: number;
  private writable = true;

  constructor(options: FirstLinesOptions = {}) {
    this.hash = options.hash ?? hashPracticeId;
    this.blockBytes = options.blockBytes ?? defaultBlockBytes;
    if (!Number.isInteger(this.blockBytes) || this.blockBytes < 512 || this.blockBytes > 1 << 24)
      throw new RangeError(`a block of ${this.blockBytes} bytes is not one FirstLines can use`);
    this.maxBlocks = Math.floor(0xffff_ffff / this.blockBytes) - 1;
    this.blockUsed = this.blockBytes;
    if (options.directory !== undefined) this.file = openTemporaryFile(options.directory);
  }

  /** How many practice ids are kept. */
  get size(): number {
    return this.used;
  }

  /** Whether new records go to the temporary file (false: none could be made, or writing failed). */
  get usesFile(): boolean {
    return this.file !== undefined && this.writable;
  }

  /** The line `id` was first remembered with, or `undefined` if it never was. */
  firstLineOf(id: string): number | undefined {
    const slot = this.find(id, this.hash(id) >>> 0);
    return this.slots[slot + 1] === 0 ? undefined : candidate.readUInt32LE(0);
  }

  /**
   * Keeps `line` (1 or more) as the first line of `id`, which must not be kept yet
   * ({@link firstLineOf} says so).
   */
  remember(id: string, line: number): void {
    if (!Number.isInteger(line) || line < 1 || line > 0xffff_ffff)
      throw new RangeError(`line ${line} is not a line number batch can keep`);
    const hash = this.hash(id) >>> 0;
    const slot = this.find(id, hash);
    if (this.slots[slot + 1] !== 0) throw new Error(`practice "${id}" is already kept`);
    const at = this.append(id, line);
    this.slots[slot] = hash;
    this.slots[slot + 1] = at + 1;
    this.used += 1;
    if (this.used > (this.slots.length / slotWidth) * maxLoad) this.grow();
  }

  /**
   * Closes and removes the temporary file, if there is one; asked about an id kept in it after
   * that, {@link firstLineOf} throws. Never throws itself: the file is of no further use, and a
   * failure to close it is not the batch's.
   */
  close(): void {
    const file = this.file;
    if (file === undefined) return;
    this.file = undefined;
    try {
      fs.closeSync(file.descriptor);
    } catch {
      // Already closed, or the system failed to: nothing left to do with it either way.
    }
    try {
      if (file.path !== undefined) fs.rmSync(file.path, { force: true, maxRetries: 3 });
    } catch {
      // A file in the temporary directory, left for the system to clear.
    }
  }

  /** The slot that holds `id` (its record then in `candidate`), or the empty slot where it belongs. */
  private find(id: string, hash: number): number {
    const mask = this.slots.length / slotWidth - 1;
    let encoded = -1;
    for (let index = hash & mask; ; index = (index + 1) & mask) {
      const slot = index * slotWidth;
      const kept = this.slots[slot + 1] as number;
      if (kept === 0) return slot;
      if (this.slots[slot] !== hash) continue;
      if (encoded === -1) encoded = encode(id);
      if (this.holds(kept - 1, encoded)) return slot;
    }
  }

  /** Whether the record at `at` (read into `candidate`) is of the id {@link encode} left in `scratch`. */
  private holds(at: number, encoded: number): boolean {
    const length = headerBytes + (encoded & ~utf16Flag);
    if (this.read(at, length) < length) return false;
    if (candidate.readUInt16LE(4) !== encoded) return false;
    return candidate.compare(scratch, headerBytes, length, headerBytes, length) === 0;
  }

  /** Copies up to `length` bytes of the record at `at` into `candidate`; returns how many. */
  private read(at: number, length: number): number {
    const block = Math.floor(at / this.blockBytes);
    const position = at % this.blockBytes;
    if (block < this.inFile) {
      const file = this.file;
      if (file === undefined) throw new Error('the duplicate check was closed');
      return fs.readSync(file.descriptor, candidate, 0, length, at);
    }
    const kept = this.blocks[block - this.inFile] as Buffer;
    return kept.copy(candidate, 0, position, Math.min(position + length, this.blockBytes));
  }

  /** Appends the record of `id` (see encode) and `line`; returns where it starts. */
  private append(id: string, line: number): number {
    const encoded = encode(id);
    const length = headerBytes + (encoded & ~utf16Flag);
    scratch.writeUInt32LE(line, 0);
    scratch.writeUInt16LE(encoded, 4);
    if (this.blockUsed + length > this.blockBytes) this.nextBlock();
    const block = this.blocks[this.blocks.length - 1] as Buffer;
    const at = (this.inFile + this.blocks.length - 1) * this.blockBytes + this.blockUsed;
    scratch.copy(block, this.blockUsed, 0, length);
    this.blockUsed += length;
    return at;
  }

  /**
   * Starts a block: the full one goes to the file and its buffer is used again, or, with no file
   * (or after a write failed, from then on), a new buffer is kept in memory.
   */
  private nextBlock(): void {
    if (this.inFile + this.blocks.length === this.maxBlocks)
      throw new RangeError(`more practice ids than batch can keep (${this.used})`);
    const full = this.blocks.length === 1 && this.writable ? this.blocks[0] : undefined;
    if (full !== undefined && this.file !== undefined) {
      try {
        writeAll(this.file.descriptor, full, this.blockUsed, this.inFile * this.blockBytes);
        this.inFile += 1;
        this.blockUsed = 0;
        return;
      } catch {
        this.writable = false;
      }
    }
    this.blocks.push(Buffer.alloc(this.blockBytes));
    this.blockUsed = 0;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    const mask = this.slots.length / slotWidth - 1;
    for (let from = 0; from < old.length; from += slotWidth) {
      if (old[from + 1] === 0) continue;
      let index = (old[from] as number) & mask;
      while (this.slots[index * slotWidth + 1] !== 0) index = (index + 1) & mask;
      this.slots.set(old.subarray(from, from + slotWidth), index * slotWidth);
    }
  }
}

/** Writes `length` bytes of `buffer` at `position`; throws where the system writes none. */
function writeAll(descriptor: number, buffer: Buffer, length: number, position: number): void {
  for (let written = 0; written < length; ) {
    const count = fs.writeSync(descriptor, buffer, written, length - written, position + written);
    if (count <= 0) throw new Error('the temporary file took no bytes');
    written += count;
  }
}

/**
 * A new file in `directory`, open for reading and writing by this process only, and removed at
 * once where the system allows an open file to be removed (then `path` is absent); `undefined`
 * when none can be made.
 */
function openTemporaryFile(directory: string): { descriptor: number; path?: string } | undefined {
  const path = join(
    directory,
    `praktijkscan-batch-${process.pid}-${randomBytes(6).toString('hex')}`,
  );
  let descriptor: number;
  try {
    descriptor = fs.openSync(path, 'wx+', 0o600);
  } catch {
    return undefined;
  }
  try {
    fs.unlinkSync(path);
    return { descriptor };
  } catch {
    return { descriptor, path };
  }
}
