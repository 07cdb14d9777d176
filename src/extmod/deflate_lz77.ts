// DEFLATE compression as MicroPython's lib/uzlib does it (lz77.c, defl_static.c), so that the
// output matches it byte for byte: one final block with the fixed Huffman codes, and LZ77
// matches found by trying every position of the history window, keeping the nearest of the
// longest (3 to 259 bytes, within the data of the one write call). The history carries over
// between calls.
import { DIST_BASE, DIST_EXTRA, LENGTH_BASE, LENGTH_EXTRA } from "./deflate_tables.ts";

const MIN_MATCH = 3;
/** One more than DEFLATE's longest length: uzlib's search stops after byte 259, and sends
 * such a match as 256 + 3. */
const MAX_MATCH = 259;

/** `v` with its low `n` bits reversed: Huffman codes are sent most significant bit first. */
function reverseBits(v: number, n: number): number {
  let r = 0;
  for (let i = 0; i < n; i++) r |= ((v >> i) & 1) << (n - 1 - i);
  return r;
}

/** Index into LENGTH_BASE of each match length 3..258 (258 has a symbol of its own). */
const LENGTH_INDEX = new Uint8Array(259);
LENGTH_BASE.forEach((base, i) => {
  for (let len = base; len < base + (1 << LENGTH_EXTRA[i]) && len <= 258; len++) {
    LENGTH_INDEX[len] = i;
  }
});

function distanceIndex(distance: number): number {
  let i = DIST_BASE.length - 1;
  while (DIST_BASE[i] > distance) i--;
  return i;
}

export class Lz77Compressor {
  /** The last bytes compressed, oldest first. */
  private history: Uint8Array;
  private historyLen = 0;
  private bitBuf = 0;
  private bitCount = 0;
  private out = new Uint8Array(64);
  private outLen = 0;

  constructor(windowBits: number) {
    this.history = new Uint8Array(1 << windowBits);
  }

  /** The compressed bytes completed since the last call. */
  take(): Uint8Array {
    const bytes = this.out.slice(0, this.outLen);
    this.outLen = 0;
    return bytes;
  }

  /** The block header: final, fixed codes. */
  start(): void {
    this.putBits(3, 3);
  }

  /** The end-of-block code, then zero bits to complete the last byte (what is left over of
   * the 14 bits uzlib sends is dropped). */
  finish(): void {
    this.putBits(0, 14);
  }

  compress(src: Uint8Array): void {
    const max = this.history.length;
    const kept = this.historyLen;
    // history and new data side by side, so matches may run on into the data
    const data = new Uint8Array(kept + src.length);
    data.set(this.history.subarray(0, kept));
    data.set(src, kept);
    const end = data.length;
    for (let at = kept; at < end;) {
      const limit = Math.min(MAX_MATCH, end - at);
      let best = 0;
      let bestDistance = 0;
      // nearest first: of equally long matches the nearest wins
      for (let from = at - 1, stop = at - Math.min(at, max); from >= stop && best < limit; from--) {
        // (a match longer than `best` must agree at index `best`)
        if (data[from + best] !== data[at + best] || data[from] !== data[at]) continue;
        let n = 1;
        while (n < limit && data[from + n] === data[at + n]) n++;
        if (n >= MIN_MATCH && n > best) {
          best = n;
          bestDistance = at - from;
        }
      }
      if (best === 0) {
        this.literal(data[at]);
        at++;
      } else {
        this.match(bestDistance, best);
        at += best;
      }
    }
    const keep = Math.min(max, end);
    this.history.set(data.subarray(end - keep));
    this.historyLen = keep;
  }

  private literal(c: number): void {
    if (c < 144) this.putBits(reverseBits(0x30 + c, 8), 8);
    else this.putBits(reverseBits(0x190 + c - 144, 9), 9);
  }

  private match(distance: number, len: number): void {
    while (len > 0) {
      // lengths of 259 and 260 are sent as 256 or 257, then 3
      const part = len > 260 ? 258 : len <= 258 ? len : len - 3;
      len -= part;
      const li = LENGTH_INDEX[part];
      const symbol = 257 + li;
      if (symbol < 280) this.putBits(reverseBits(symbol - 256, 7), 7);
      else this.putBits(reverseBits(0xc0 + symbol - 280, 8), 8);
      this.putBits(part - LENGTH_BASE[li], LENGTH_EXTRA[li]);
      const di = distanceIndex(distance);
      this.putBits(reverseBits(di, 5), 5);
      this.putBits(distance - DIST_BASE[di], DIST_EXTRA[di]);
    }
  }

  private putBits(bits: number, n: number): void {
    this.bitBuf |= bits << this.bitCount;
    this.bitCount += n;
    while (this.bitCount >= 8) {
      if (this.outLen === this.out.length) {
        const grown = new Uint8Array(this.out.length * 2);
        grown.set(this.out);
        this.out = grown;
      }
      this.out[this.outLen++] = this.bitBuf & 0xff;
      this.bitBuf >>>= 8;
      this.bitCount -= 8;
    }
  }
}
