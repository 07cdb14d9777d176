// ELF32 little-endian ARM executables, as the qemu boards' firmware comes: the loadable segments
// (PT_LOAD at their physical addresses, which is where flash contents live) and a way to add one
// more segment (a filesystem image at its partition address) so that `qemu -kernel` loads it.
import { hexAddress, ImageError, MemoryMap } from "./memory_map.ts";

const PT_LOAD = 1;
const EM_ARM = 40;
const PF_R = 4;
const PHDR_SIZE = 32;

export function isElf(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c &&
    bytes[3] === 0x46;
}

interface Header {
  view: DataView;
  phoff: number;
  phnum: number;
  entry: number;
}

function header(bytes: Uint8Array): Header {
  if (!isElf(bytes)) throw new ImageError("not an ELF file");
  if (bytes.length < 52) throw new ImageError("ELF file is truncated");
  if (bytes[4] !== 1 || bytes[5] !== 1) {
    throw new ImageError("not a 32-bit little-endian ELF file (an ARM board's firmware is)");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const machine = view.getUint16(18, true);
  if (machine !== EM_ARM) throw new ImageError(`ELF file is for machine ${machine}, not ARM`);
  const phoff = view.getUint32(28, true);
  const phentsize = view.getUint16(42, true);
  const phnum = view.getUint16(44, true);
  if (phentsize !== PHDR_SIZE || phoff + phnum * PHDR_SIZE > bytes.length) {
    throw new ImageError("ELF program headers are missing or truncated");
  }
  return { view, phoff, phnum, entry: view.getUint32(24, true) };
}

export interface ElfContents {
  map: MemoryMap;
  entry: number;
}

/** The bytes an ELF file loads: each PT_LOAD's file part at its physical address. */
export function decodeElf(bytes: Uint8Array): ElfContents {
  const h = header(bytes);
  const map = new MemoryMap();
  for (let i = 0; i < h.phnum; i++) {
    const at = h.phoff + i * PHDR_SIZE;
    if (h.view.getUint32(at, true) !== PT_LOAD) continue;
    const offset = h.view.getUint32(at + 4, true);
    const paddr = h.view.getUint32(at + 12, true);
    const filesz = h.view.getUint32(at + 16, true);
    if (offset + filesz > bytes.length) {
      throw new ImageError(`ELF segment ${i} at ${hexAddress(paddr)} runs past the file`);
    }
    map.add(paddr, bytes.slice(offset, offset + filesz), `ELF segment ${i}`);
  }
  return { map, entry: h.entry };
}

/** `elf` with one more read-only PT_LOAD segment holding `data` at `addr`. The data and a new
 * program header table (the old one plus the new entry) are appended; nothing else moves. */
export function addElfSegment(elf: Uint8Array, addr: number, data: Uint8Array): Uint8Array {
  const h = header(elf);
  decodeElf(elf).map.add(addr, data, "the added segment"); // overlap check
  const align4 = (n: number) => (n + 3) & ~3;
  const dataAt = align4(elf.length);
  const phAt = align4(dataAt + data.length);
  const out = new Uint8Array(phAt + (h.phnum + 1) * PHDR_SIZE);
  out.set(elf);
  out.set(data, dataAt);
  out.set(elf.subarray(h.phoff, h.phoff + h.phnum * PHDR_SIZE), phAt);
  const v = new DataView(out.buffer);
  const ph = phAt + h.phnum * PHDR_SIZE;
  v.setUint32(ph, PT_LOAD, true);
  v.setUint32(ph + 4, dataAt, true);
  v.setUint32(ph + 8, addr, true); // vaddr
  v.setUint32(ph + 12, addr, true); // paddr
  v.setUint32(ph + 16, data.length, true);
  v.setUint32(ph + 20, data.length, true);
  v.setUint32(ph + 24, PF_R, true);
  v.setUint32(ph + 28, 4, true);
  v.setUint32(28, phAt, true); // e_phoff
  v.setUint16(44, h.phnum + 1, true); // e_phnum
  return out;
}
