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

// Slots of three 32-bit numbers: the id's hash, its first line (0: the slot is empty) and where
// its bytes are kept. The table doubles when it is 80 % full (linear probing).
const slotWidth = 3;
const initialSlots = 1024;
const maxLoad = 0.8;
// The ids' bytes (see encode), each behind their two-byte count, in chunks that are never copied or moved.
const chunkBytes = 1 << 20;
const maxChunks = 4096; // chunk index and position together fit a 32-bit number
// The longest id validation lets through, in UTF-16 code units.
const maxIdLength = responseLimits.maxPracticeIdLength;
const scratch = Buffer.alloc(2 * maxIdLength);
const utf16Flag = 0x8000;

/** Whether some code unit of `id` is past U+00FF. */
function beyondLatin1(id: string): boolean {
  for (let index = 0; index < id.length; index += 1) if (id.charCodeAt(index) > 0xff) return true;
  return false;
}

/**
 * The bytes of `id` at the start of `scratch`, and their count with a flag for the encoding: one
 * byte per code unit (latin1) when every code unit fits, else its UTF-16 code units, lone
 * surrogates included. Both are exact (UTF-8 is not: it turns every lone surrogate into U+FFFD),
 * and the encoding follows from the id, so equal ids give equal bytes and flags.
 */
function encode(id: string): number {
  if (id.length > maxIdLength)
    throw new RangeError(`a practice id longer than ${maxIdLength} characters cannot be kept`);
  return beyondLatin1(id) ? scratch.write(id, 'utf16le') | utf16Flag : scratch.write(id, 'latin1');
}

/**
 * The first line of each practice id of a batch, kept compactly so that memory grows by 15 to 30
 * bytes per practice (the table is 40 to 80 % full) plus its id's bytes (one per character for Latin-1 text), instead of a JavaScript string and a map entry.
 * A hash only finds the candidates; the id's own bytes decide, so a collision of hashes never
 * makes a false duplicate.
 *
 * @example
 * ```ts
 * import { FirstLines } from './first-lines';
 *
 * const firstLines = new FirstLines();
 * firstLines.remember('praktijk-001', 1);
 * firstLines.firstLineOf('praktijk-001'); // 1
 * firstLines.firstLineOf('praktijk-002'); // undefined
 * ```
 */
export class FirstLines {
  private slots = new Uint32Array(initialSlots * slotWidth);
  private used = 0;
  private readonly chunks: Buffer[] = [];
  private chunkUsed = chunkBytes;

  /** `hash` is for tests, which make collisions on purpose with a weak one. */
  constructor(private readonly hash: IdHash = hashPracticeId) {}

  /** How many practice ids are kept. */
  get size(): number {
    return this.used;
  }

  /** The line `id` was first remembered with, or `undefined` if it never was. */
  firstLineOf(id: string): number | undefined {
    const slot = this.find(id, this.hash(id) >>> 0);
    const line = this.slots[slot + 1] as number;
    return line === 0 ? undefined : line;
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
    this.slots[slot] = hash;
    this.slots[slot + 1] = line;
    this.slots[slot + 2] = this.store(id);
    this.used += 1;
    if (this.used > (this.slots.length / slotWidth) * maxLoad) this.grow();
  }

  /** The slot that holds `id`, or the empty slot where it belongs. */
  private find(id: string, hash: number): number {
    const mask = this.slots.length / slotWidth - 1;
    let encoded = -1;
    for (let index = hash & mask; ; index = (index + 1) & mask) {
      const slot = index * slotWidth;
      if (this.slots[slot + 1] === 0) return slot;
      if (this.slots[slot] !== hash) continue;
      if (encoded === -1) encoded = encode(id);
      if (this.sameBytes(this.slots[slot + 2] as number, encoded)) return slot;
    }
  }

  /** Whether the id kept at `at` is the one {@link encode} left in `scratch`. */
  private sameBytes(at: number, encoded: number): boolean {
    const chunk = this.chunks[Math.floor(at / chunkBytes)] as Buffer;
    const position = at % chunkBytes;
    if (chunk.readUInt16LE(position) !== encoded) return false;
    const length = encoded & ~utf16Flag;
    return chunk.compare(scratch, 0, length, position + 2, position + 2 + length) === 0;
  }

  /** Keeps the bytes of `id` (see encode); returns where. */
  private store(id: string): number {
    const encoded = encode(id);
    const length = encoded & ~utf16Flag;
    if (this.chunkUsed + 2 + length > chunkBytes) {
      if (this.chunks.length === maxChunks)
        throw new RangeError(`more practice ids than batch can keep (${this.used})`);
      this.chunks.push(Buffer.alloc(chunkBytes));
      this.chunkUsed = 0;
    }
    const chunk = this.chunks[this.chunks.length - 1] as Buffer;
    const at = (this.chunks.length - 1) * chunkBytes + this.chunkUsed;
    chunk.writeUInt16LE(encoded, this.chunkUsed);
    scratch.copy(chunk, this.chunkUsed + 2, 0, length);
    this.chunkUsed += 2 + length;
    return at;
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
