// Intel HEX: text records `:LLAAAATT<data>CC` — 00 data at a 16-bit offset, 01 end of file,
// 04 the upper 16 bits of the address for the records that follow (02 and 03/05 are read too).
// The checksum makes the bytes of a record sum to zero.
import { ImageError, MemoryMap } from "./memory_map.ts";

const LINE = 16;

function rec(type: number, addr: number, data: ArrayLike<number>): string {
  const bytes = [data.length, (addr >> 8) & 0xff, addr & 0xff, type, ...Array.from(data)];
  const sum = bytes.reduce((a, b) => a + b, 0);
  bytes.push((0x100 - (sum & 0xff)) & 0xff);
  return ":" + bytes.map((b) => b.toString(16).padStart(2, "0").toUpperCase()).join("");
}

export function encodeIhex(map: MemoryMap): string {
  const lines: string[] = [];
  let upper = -1;
  for (const s of map.coalesced()) {
    for (let i = 0; i < s.data.length;) {
      const addr = s.addr + i;
      if (addr >>> 16 !== upper) {
        upper = addr >>> 16;
        lines.push(rec(4, 0, [upper >> 8, upper & 0xff]));
      }
      // A record never crosses a 64 KiB boundary.
      const n = Math.min(LINE, s.data.length - i, 0x10000 - (addr & 0xffff));
      lines.push(rec(0, addr & 0xffff, s.data.subarray(i, i + n)));
      i += n;
    }
  }
  lines.push(rec(1, 0, []));
  return lines.join("\n") + "\n";
}

export function isIhex(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x3a; // ':'
}

export function decodeIhex(text: string): MemoryMap {
  const map = new MemoryMap();
  let base = 0;
  let ended = false;
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "") continue;
    const where = `hex line ${i + 1}`;
    if (ended) throw new ImageError(`${where}: data after the end-of-file record`);
    if (!/^:([0-9a-fA-F]{2}){5,}$/.test(line)) throw new ImageError(`${where}: not a HEX record`);
    const b = line.slice(1).match(/../g)!.map((h) => parseInt(h, 16));
    const [len, hi, lo, type] = b;
    if (b.length !== len + 5) throw new ImageError(`${where}: length byte says ${len}`);
    if (b.reduce((a, x) => a + x, 0) & 0xff) throw new ImageError(`${where}: bad checksum`);
    const data = Uint8Array.from(b.slice(4, 4 + len));
    if (type === 0) map.add(base + (hi << 8 | lo), data, where);
    else if (type === 1) ended = true;
    else if (type === 2 && len === 2) base = (data[0] << 8 | data[1]) * 16;
    else if (type === 4 && len === 2) base = (data[0] << 8 | data[1]) * 0x10000;
    else if (type === 3 || type === 5) continue; // start address: not part of the image
    else throw new ImageError(`${where}: unknown record type ${type}`);
  }
  if (!ended) throw new ImageError("HEX file has no end-of-file record");
  return map;
}
