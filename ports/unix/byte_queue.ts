// Received bytes waiting to be read, kept as the chunks they arrived in (socket and TLS
// receive buffers): taking n bytes copies only what is taken.

export class ByteQueue {
  private chunks: Uint8Array[] = [];
  /** Bytes queued. */
  length = 0;

  push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  /** Take (or with peek, copy) up to n bytes from the front. */
  take(n: number, peek = false): Uint8Array {
    n = Math.min(n, this.length);
    const out = new Uint8Array(n);
    let i = 0;
    for (let off = 0; off < n;) {
      const c = this.chunks[i];
      const k = Math.min(c.length, n - off);
      out.set(c.subarray(0, k), off);
      off += k;
      if (peek) i++;
      else if (k === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(k);
    }
    if (!peek) this.length -= n;
    return out;
  }

  /** Index just past the first newline, or -1. */
  lineEnd(): number {
    let base = 0;
    for (const c of this.chunks) {
      const i = c.indexOf(10);
      if (i >= 0) return base + i + 1;
      base += c.length;
    }
    return -1;
  }

  clear(): void {
    this.chunks = [];
    this.length = 0;
  }
}
