// littlefs's checksum (v1 and v2): CRC-32 with the reflected polynomial 0xedb88320, started at
// 0xffffffff and never inverted at the end, so a block followed by its little-endian CRC sums
// to zero.

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

/** Continue `crc` over `data[start, end)`. */
export function lfsCrc(crc: number, data: Uint8Array, start = 0, end = data.length): number {
  let c = crc >>> 0;
  for (let i = start; i < end; i++) c = (c >>> 8) ^ TABLE[(c ^ data[i]) & 0xff];
  return c >>> 0;
}
