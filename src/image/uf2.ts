// UF2 (Microsoft's USB flashing format, used by the RP2040/RP2350 boot ROM and many
// bootloaders): 512-byte blocks, each carrying up to 476 bytes (by convention 256) for one
// target address, with magic numbers at both ends, the block number and count, and the board
// family ID when flag 0x2000 is set.
import { hexAddress, ImageError, MemoryMap } from "./memory_map.ts";

const MAGIC0 = 0x0a324655;
const MAGIC1 = 0x9e5d5157;
const MAGIC_END = 0x0ab16f30;
const FLAG_NOT_MAIN_FLASH = 0x00000001;
const FLAG_FAMILY_ID = 0x00002000;
const BLOCK = 512;
const PAYLOAD = 256;

/** Encode `map` as UF2 for `familyId`, 256 bytes per block; blocks never straddle a 256-byte
 * page (gaps inside a page are filled with 0xff, as the RP2 tools do). */
export function encodeUf2(map: MemoryMap, familyId: number): Uint8Array {
  const pages = new Map<number, Uint8Array>();
  for (const s of map.segments) {
    for (let i = 0; i < s.data.length;) {
      const addr = s.addr + i;
      const page = addr - (addr % PAYLOAD);
      const off = addr - page;
      const n = Math.min(PAYLOAD - off, s.data.length - i);
      let buf = pages.get(page);
      if (buf === undefined) pages.set(page, buf = new Uint8Array(PAYLOAD).fill(0xff));
      buf.set(s.data.subarray(i, i + n), off);
      i += n;
    }
  }
  const addrs = [...pages.keys()].sort((a, b) => a - b);
  const out = new Uint8Array(addrs.length * BLOCK);
  const view = new DataView(out.buffer);
  addrs.forEach((addr, n) => {
    const at = n * BLOCK;
    view.setUint32(at, MAGIC0, true);
    view.setUint32(at + 4, MAGIC1, true);
    view.setUint32(at + 8, FLAG_FAMILY_ID, true);
    view.setUint32(at + 12, addr, true);
    view.setUint32(at + 16, PAYLOAD, true);
    view.setUint32(at + 20, n, true);
    view.setUint32(at + 24, addrs.length, true);
    view.setUint32(at + 28, familyId, true);
    out.set(pages.get(addr)!, at + 32);
    view.setUint32(at + BLOCK - 4, MAGIC_END, true);
  });
  return out;
}

export function isUf2(bytes: Uint8Array): boolean {
  if (bytes.length < BLOCK) return false;
  const v = new DataView(bytes.buffer, bytes.byteOffset, 8);
  return v.getUint32(0, true) === MAGIC0 && v.getUint32(4, true) === MAGIC1;
}

export interface Uf2Contents {
  map: MemoryMap;
  /** Family IDs found (blocks without flag 0x2000 add none). */
  families: Set<number>;
  blocks: number;
}

/** Decode a UF2 file; blocks marked "not main flash" are skipped, as bootloaders do. */
export function decodeUf2(bytes: Uint8Array): Uf2Contents {
  if (bytes.length % BLOCK !== 0) {
    throw new ImageError(`UF2 file size ${bytes.length} is not a multiple of 512`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const map = new MemoryMap();
  const families = new Set<number>();
  const seen = new Map<number, number>();
  for (let at = 0, n = 0; at < bytes.length; at += BLOCK, n++) {
    const word = (o: number) => view.getUint32(at + o, true);
    if (word(0) !== MAGIC0 || word(4) !== MAGIC1 || word(BLOCK - 4) !== MAGIC_END) {
      throw new ImageError(`UF2 block ${n} has bad magic numbers`);
    }
    const flags = word(8), addr = word(12), size = word(16);
    if (size > 476) throw new ImageError(`UF2 block ${n} claims ${size} payload bytes (max 476)`);
    if (flags & FLAG_FAMILY_ID) families.add(word(28));
    if (flags & FLAG_NOT_MAIN_FLASH) continue;
    const data = bytes.slice(at + 32, at + 32 + size);
    // The same block twice (some tools repeat blocks) is fine when the bytes agree.
    const prev = seen.get(addr);
    if (prev !== undefined) {
      const old = bytes.subarray(prev + 32, prev + 32 + size);
      if (old.every((b, i) => b === data[i])) continue;
      throw new ImageError(`UF2 blocks disagree about ${hexAddress(addr)}`);
    }
    seen.set(addr, at);
    map.add(addr, data, `UF2 block ${n}`);
  }
  return { map, families, blocks: bytes.length / BLOCK };
}
