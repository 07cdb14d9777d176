// The running checksums of the zlib (Adler-32, RFC 1950) and gzip (CRC-32, RFC 1952) formats.
import { crc32 } from "./mod_binascii.ts";

const ADLER_BASE = 65521;
/** Bytes summed before reducing: the largest count whose sums stay below 2**53. */
const ADLER_RUN = 1 << 20;

/** Adler-32 of `data` continuing from `prev` (1 for a new stream). */
export function adler32(data: Uint8Array, prev: number): number {
  let a = prev & 0xffff;
  let b = prev >>> 16;
  for (let i = 0; i < data.length;) {
    const end = Math.min(data.length, i + ADLER_RUN);
    for (; i < end; i++) {
      a += data[i];
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** Which checksum a stream carries in its trailer. */
export type ChecksumKind = "none" | "adler32" | "crc32";

/** A checksum being accumulated over a stream's uncompressed bytes. */
export class RunningChecksum {
  value: number;
  constructor(readonly kind: ChecksumKind) {
    // Both are the values of an empty input: Adler-32 starts at 1, CRC-32 (as binascii
    // continues it) at 0.
    this.value = kind === "adler32" ? 1 : 0;
  }
  update(data: Uint8Array): void {
    if (this.kind === "adler32") this.value = adler32(data, this.value);
    else if (this.kind === "crc32") this.value = crc32(data, this.value);
  }
}
