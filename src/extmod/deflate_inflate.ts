// Inflation of DEFLATE data (RFC 1951) and the zlib/gzip wrappers around it, pulled from a
// source one byte at a time and produced into the caller's buffer in any amounts, with the
// same results MicroPython's lib/uzlib (tinflate.c, header.c) gives on good and bad input
// alike: which malformed streams are errors and which decode to something, how far the source
// is read, and how the history window bounds distances.
import { type ChecksumKind, RunningChecksum } from "./deflate_checksum.ts";
import { DIST_BASE, DIST_EXTRA, LENGTH_BASE, LENGTH_EXTRA } from "./deflate_tables.ts";

/** Reads the next source byte (or throws: the caller's stream raises EOFError at its end). */
export type PullByte = () => number;

export const INFLATE_OK = 0;
export const INFLATE_DONE = 1;
export const INFLATE_ERROR = -1;
export type InflateStatus = typeof INFLATE_OK | typeof INFLATE_DONE | typeof INFLATE_ERROR;

/** What a zlib or gzip header announced. */
export interface StreamHeader {
  kind: "zlib" | "gzip";
  /** log2 of the window the stream needs (the CINFO field; gzip always allows 32 KiB). */
  windowBits: number;
}

/** The order in which a dynamic block lists the code-length code's lengths. */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A symbol value no code yields: a code that runs past 15 bits (an incomplete code). */
const BAD_SYMBOL = -3;

/** A canonical Huffman code as counts of codes per length and the symbols in code order. Codes
 * are decoded a bit at a time without checking that the lengths form a proper prefix code:
 * over-subscribed sets still decode, incomplete ones fail only on the unassigned codes. */
class HuffmanCode {
  readonly counts = new Uint16Array(16);
  readonly symbols = new Uint16Array(288);

  fromLengths(lengths: Uint8Array, from: number, n: number): void {
    const counts = this.counts;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[lengths[from + i]]++;
    counts[0] = 0;
    const next = new Uint16Array(16);
    for (let len = 1, at = 0; len < 16; len++) {
      next[len] = at;
      at += counts[len];
    }
    for (let i = 0; i < n; i++) {
      const len = lengths[from + i];
      if (len !== 0) this.symbols[next[len]++] = i;
    }
  }

  /** The fixed literal/length code of RFC 1951 3.2.6. */
  fixedLiterals(): void {
    this.counts.fill(0);
    this.counts.set([24, 152, 112], 7);
    const order = [[256, 280], [0, 144], [280, 288], [144, 256]];
    let at = 0;
    for (const [from, to] of order) for (let s = from; s < to; s++) this.symbols[at++] = s;
  }

  /** The fixed distance code: 32 five-bit codes. */
  fixedDistances(): void {
    this.counts.fill(0);
    this.counts[5] = 32;
    for (let s = 0; s < 32; s++) this.symbols[s] = s;
  }
}

export class Inflater {
  // bit reader: the current source byte and how many of its bits are unread
  private tag = 0;
  private bitsLeft = 0;
  // block state: btype -1 is "before the first block"
  private btype = -1;
  private bfinal = false;
  private readonly literals = new HuffmanCode();
  private readonly distances = new HuffmanCode();
  /** Bytes still to copy from the window (or, in a stored block, to read + 1). */
  private pending = 0;
  private copyFrom = 0;
  // the history window, a ring of 2**windowBits bytes starting zeroed
  private window: Uint8Array | undefined;
  private windowPos = 0;
  private checksum = new RunningChecksum("none");
  // the output buffer of the current inflate() call
  private out: Uint8Array = new Uint8Array(0);
  private outPos = 0;

  /** Set once an undecodable distance code was met, where MicroPython's result depends on
   * memory outside uzlib's tables (the differential fuzz avoids such streams). */
  undefinedDistance = false;

  constructor(private readonly pull: PullByte) {}

  /** Read a zlib or gzip header; undefined when it is neither (header.c's checks). */
  readHeader(): StreamHeader | undefined {
    const first = this.pull();
    const second = this.pull();
    if (first === 0x1f && second === 0x8b) return this.readGzipHeader();
    if ((first * 256 + second) % 31 !== 0) return undefined;
    if ((first & 0x0f) !== 8 || first >> 4 > 7 || (second & 0x20) !== 0) return undefined;
    this.checksum = new RunningChecksum("adler32");
    return { kind: "zlib", windowBits: (first >> 4) + 8 };
  }

  private readGzipHeader(): StreamHeader | undefined {
    if (this.pull() !== 8) return undefined;
    const flags = this.pull();
    if (flags & 0xe0) return undefined;
    this.skip(6); // mtime, extra flags, OS
    if (flags & 4) this.skip(this.pull() | (this.pull() << 8)); // FEXTRA
    if (flags & 8) { while (this.pull() !== 0); // FNAME
     }
    if (flags & 16) { while (this.pull() !== 0); // FCOMMENT
     }
    if (flags & 2) this.skip(2); // FHCRC, not checked
    this.checksum = new RunningChecksum("crc32");
    return { kind: "gzip", windowBits: 15 };
  }

  private skip(n: number): void {
    for (let i = 0; i < n; i++) this.pull();
  }

  /** Start inflating with a window of 2**bits bytes. */
  begin(windowBits: number): void {
    this.window = new Uint8Array(1 << windowBits);
    this.windowPos = 0;
    this.btype = -1;
    this.bitsLeft = 0;
    this.pending = 0;
  }

  /** After a bad header uzlib goes on with its state as zeroed: in a stored block, without a
   * window. */
  beginWithoutWindow(): void {
    this.btype = 0;
  }

  /** Inflate into `dest` until it is full (OK) or the stream ends (DONE, after its trailer's
   * checksum matched), returning the status and how many bytes were produced. On an error
   * what this call produced does not count (nor goes into the checksum). */
  inflate(dest: Uint8Array): [InflateStatus, number] {
    this.out = dest;
    this.outPos = 0;
    const status = this.run();
    const n = this.outPos;
    this.out = new Uint8Array(0);
    if (status === INFLATE_ERROR) return [status, n];
    this.checksum.update(dest.subarray(0, n));
    if (status === INFLATE_DONE && !this.trailerMatches()) return [INFLATE_ERROR, n];
    return [status, n];
  }

  private trailerMatches(): boolean {
    const kind: ChecksumKind = this.checksum.kind;
    if (kind === "none") return true;
    let stored = 0;
    if (kind === "adler32") {
      for (let i = 0; i < 4; i++) stored = stored * 256 + this.pull();
    } else {
      for (let i = 0; i < 4; i++) stored += this.pull() * 2 ** (8 * i);
      if (stored !== this.checksum.value) return false;
      this.skip(4); // ISIZE, not checked
    }
    return stored === this.checksum.value;
  }

  private run(): InflateStatus {
    do {
      let status: InflateStatus;
      let startBlock = this.btype === -1;
      for (;;) {
        if (startBlock && !this.readBlockHeader()) return INFLATE_ERROR;
        if (this.btype === 0) status = this.storedStep();
        else if (this.btype === 1 || this.btype === 2) status = this.huffmanStep();
        else return INFLATE_ERROR;
        // A block that ended without output is followed at once by the next one.
        if (status !== INFLATE_DONE || this.bfinal) break;
        startBlock = true;
      }
      if (status !== INFLATE_OK) return status;
    } while (this.outPos < this.out.length);
    return INFLATE_OK;
  }

  private readBlockHeader(): boolean {
    this.bfinal = this.bit() === 1;
    this.btype = this.bits(2, 0);
    if (this.btype === 1) {
      this.literals.fixedLiterals();
      this.distances.fixedDistances();
    } else if (this.btype === 2) {
      return this.readDynamicCodes();
    }
    return true;
  }

  private readDynamicCodes(): boolean {
    const nLiterals = this.bits(5, 257);
    const nDistances = this.bits(5, 1);
    const nCodeLengths = this.bits(4, 4);
    const lengths = new Uint8Array(288 + 32);
    for (let i = 0; i < nCodeLengths; i++) lengths[CODE_LENGTH_ORDER[i]] = this.bits(3, 0);
    // the code-length code borrows the literal code's tables
    const codeLengths = this.literals;
    codeLengths.fromLengths(lengths, 0, 19);
    const total = nLiterals + nDistances;
    for (let n = 0; n < total;) {
      const sym = this.decode(codeLengths);
      if (sym < 0) return false;
      if (sym < 16) {
        lengths[n++] = sym;
        continue;
      }
      let fill = 0;
      let count: number;
      if (sym === 16) {
        if (n === 0) return false;
        fill = lengths[n - 1];
        count = this.bits(2, 3);
      } else {
        count = sym === 17 ? this.bits(3, 3) : this.bits(7, 11);
      }
      if (n + count > total) return false;
      lengths.fill(fill, n, n + count);
      n += count;
    }
    this.literals.fromLengths(lengths, 0, nLiterals);
    this.distances.fromLengths(lengths, nLiterals, nDistances);
    return true;
  }

  /** One byte of a stored block, or its end. */
  private storedStep(): InflateStatus {
    if (this.pending === 0) {
      const len = this.pull() | (this.pull() << 8);
      const nlen = this.pull() | (this.pull() << 8);
      if (len !== (~nlen & 0xffff)) return INFLATE_ERROR;
      this.pending = len + 1;
      this.bitsLeft = 0; // the next block starts on a byte boundary
    }
    if (--this.pending === 0) return INFLATE_DONE;
    this.put(this.pull());
    return INFLATE_OK;
  }

  /** One byte of a Huffman-coded block, or its end. */
  private huffmanStep(): InflateStatus {
    const window = this.window;
    // (without a window, after a bad header, uzlib would copy from outside its buffers)
    if (window === undefined) return INFLATE_ERROR;
    if (this.pending === 0) {
      const sym = this.decode(this.literals);
      // an undecodable literal code is taken as the byte 0xfd, as uzlib stores its -3
      if (sym < 256) {
        this.put(sym & 0xff);
        return INFLATE_OK;
      }
      if (sym === 256) return INFLATE_DONE;
      const li = sym - 257;
      if (li >= 29) return INFLATE_ERROR;
      this.pending = this.bits(LENGTH_EXTRA[li], LENGTH_BASE[li]);
      const di = this.decode(this.distances);
      if (di < 0) {
        // uzlib goes on with the table entry at index -3 (not defined; an error here)
        this.undefinedDistance = true;
        return INFLATE_ERROR;
      }
      if (di >= 30) return INFLATE_ERROR;
      const distance = this.bits(DIST_EXTRA[di], DIST_BASE[di]);
      // Distances beyond the window are errors; ones into its unwritten part read zeros.
      if (distance > window.length) return INFLATE_ERROR;
      this.copyFrom = (this.windowPos - distance + window.length) % window.length;
    }
    const b = window[this.copyFrom];
    this.copyFrom = (this.copyFrom + 1) % window.length;
    this.put(b);
    this.pending--;
    return INFLATE_OK;
  }

  private put(b: number): void {
    this.out[this.outPos++] = b;
    const window = this.window;
    if (window !== undefined) {
      window[this.windowPos] = b;
      this.windowPos = (this.windowPos + 1) % window.length;
    }
  }

  private bit(): number {
    if (this.bitsLeft === 0) {
      // A source that throws here leaves the reader thinking it has bits (uzlib's unsigned
      // count wrapped below zero): a retry reads zero bits rather than the source.
      this.bitsLeft = 0x100000000;
      this.tag = this.pull();
      this.bitsLeft = 8;
    }
    this.bitsLeft--;
    const b = this.tag & 1;
    this.tag >>>= 1;
    return b;
  }

  /** `n` bits, least significant first, plus `base`. */
  private bits(n: number, base: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) v |= this.bit() << i;
    return v + base;
  }

  private decode(code: HuffmanCode): number {
    const counts = code.counts;
    let first = 0; // index in `symbols` of the first code of the current length
    let offset = 0; // the code read so far minus the first code of its length
    for (let len = 1; len < 16; len++) {
      offset = 2 * offset + this.bit();
      const count = counts[len];
      if (offset < count) return code.symbols[first + offset];
      first += count;
      offset -= count;
    }
    this.bit(); // uzlib reads a 16th bit before it gives up
    return BAD_SYMBOL;
  }
}
