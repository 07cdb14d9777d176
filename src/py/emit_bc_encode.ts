// Variable-length integer encoders shared by the bytecode emitter and the .mpy writer.

/** A growable byte buffer; avoids per-byte array reallocation on hot emit paths. */
export class ByteSink {
  buf: Uint8Array;
  len = 0;
  constructor(initial = 64) {
    this.buf = new Uint8Array(initial);
  }
  private grow(need: number): void {
    let cap = this.buf.length * 2;
    while (cap < this.len + need) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  byte(b: number): void {
    if (this.len >= this.buf.length) this.grow(1);
    this.buf[this.len++] = b & 0xff;
  }
  bytes(src: Uint8Array): void {
    if (this.len + src.length > this.buf.length) this.grow(src.length);
    this.buf.set(src, this.len);
    this.len += src.length;
  }
  /** mpy vuint: 7-bit groups, most significant first, bit 7 on all but the last. */
  vuint(n: number): void {
    if (n < 0) throw new RangeError("vuint must be non-negative");
    if (n < 0x80) {
      this.byte(n);
      return;
    }
    const groups: number[] = [];
    while (n >= 0x80) {
      groups.push(n % 0x80);
      n = Math.floor(n / 0x80);
    }
    this.byte(n | 0x80);
    for (let i = groups.length - 1; i > 0; i--) this.byte(groups[i] | 0x80);
    this.byte(groups[0]);
  }
  /** Bytecode signed var-int (LOAD_CONST_SMALL_INT): 7-bit groups MSB first, sign in bit 6. */
  vsint(n: number): void {
    const groups: number[] = [];
    let v = n;
    // Emit groups until the remaining value is representable by sign-extension of bit 6.
    for (;;) {
      groups.push(((v % 128) + 128) % 128);
      v = Math.floor(v / 128);
      const top = groups[groups.length - 1];
      if ((v === 0 && (top & 0x40) === 0) || (v === -1 && (top & 0x40) !== 0)) break;
    }
    for (let i = groups.length - 1; i > 0; i--) this.byte(groups[i] | 0x80);
    this.byte(groups[0]);
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

/** Number of bytes `vuint(n)` writes. */
export function vuintSize(n: number): number {
  let size = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 0x80);
    size++;
  }
  return size;
}

/** Encode a vuint to a fresh array (for tests and one-off use). */
export function encodeVuint(n: number): Uint8Array {
  const s = new ByteSink(8);
  s.vuint(n);
  return s.result();
}

/** Encode a signed bytecode var-int to a fresh array. */
export function encodeVsint(n: number): Uint8Array {
  const s = new ByteSink(8);
  s.vsint(n);
  return s.result();
}
