// One flashable file from a board's firmware plus a ROMFS and/or filesystem image: the firmware
// is read whatever its container, checked against the board (UF2 family, addresses inside the
// board's firmware regions), the partitions are placed at the board's addresses, and the result
// is written in the container asked for.
import { type ImageBoard, type ImageFormat } from "./boards.ts";
import { addElfSegment, decodeElf, isElf } from "./elf.ts";
import { decodeIhex, encodeIhex, isIhex } from "./ihex.ts";
import { hexAddress, ImageError, MemoryMap } from "./memory_map.ts";
import { decodeUf2, encodeUf2, isUf2 } from "./uf2.ts";

export type Container = ImageFormat;

/** What kind of file `bytes` is (a .bin is anything else). */
export function detectContainer(bytes: Uint8Array): Container {
  if (isElf(bytes)) return "elf";
  if (isUf2(bytes)) return "uf2";
  if (isIhex(bytes)) return "hex";
  return "bin";
}

export interface LoadedFile {
  container: Container;
  map: MemoryMap;
  /** UF2 family IDs, ELF entry point. */
  families?: Set<number>;
  entry?: number;
}

/** Read any container; a .bin is placed at `binBase`. */
export function loadContainer(bytes: Uint8Array, binBase = 0): LoadedFile {
  const container = detectContainer(bytes);
  switch (container) {
    case "elf": {
      const { map, entry } = decodeElf(bytes);
      return { container, map, entry };
    }
    case "uf2": {
      const { map, families } = decodeUf2(bytes);
      return { container, map, families };
    }
    case "hex":
      return { container, map: decodeIhex(new TextDecoder().decode(bytes)) };
    case "bin":
      if (bytes.length === 0) throw new ImageError("the firmware file is empty");
      return { container, map: new MemoryMap().add(binBase, bytes, "the firmware") };
  }
}

/** The firmware for `board`, refusing one made for another board. */
export function loadFirmware(bytes: Uint8Array, board: ImageBoard): LoadedFile {
  const fw = loadContainer(bytes, board.binBase);
  if (fw.families !== undefined && board.uf2Family !== undefined && fw.families.size > 0) {
    if (!fw.families.has(board.uf2Family)) {
      const got = [...fw.families].map(hexAddress).join(", ");
      throw new ImageError(
        `the firmware is UF2 for family ${got}; ${board.name} takes ${hexAddress(board.uf2Family)}`,
      );
    }
  }
  if (fw.map.segments.length === 0) throw new ImageError("the firmware holds no data");
  for (const s of fw.map.coalesced()) {
    const end = s.addr + s.data.length;
    const inside = board.firmwareRegions.some((r) => s.addr >= r.addr && end <= r.addr + r.size);
    if (!inside) {
      const regions = board.firmwareRegions
        .map((r) => `${hexAddress(r.addr)}-${hexAddress(r.addr + r.size)}`).join(", ");
      throw new ImageError(
        `the firmware has data at ${hexAddress(s.addr)}-${hexAddress(end)}, outside ` +
          `${board.name}'s firmware region (${regions}): is it for another board?`,
      );
    }
  }
  return fw;
}

export interface ImageParts {
  board: ImageBoard;
  firmware: Uint8Array;
  romfs?: Uint8Array;
  fs?: Uint8Array;
  format: Container;
}

function place(
  map: MemoryMap,
  what: string,
  data: Uint8Array,
  region: { addr: number; size: number },
) {
  if (data.length > region.size) {
    throw new ImageError(
      `the ${what} image is ${data.length} bytes; the board's partition holds ${region.size}`,
    );
  }
  map.add(region.addr, data, `the ${what} image`);
}

/** The merged file, in `format`. */
export function buildImage(p: ImageParts): Uint8Array {
  const { board } = p;
  if (!board.formats.includes(p.format)) {
    throw new ImageError(
      `${board.name} images can be ${board.formats.join(", ")}, not ${p.format}`,
    );
  }
  const fw = loadFirmware(p.firmware, board);
  const parts: [string, Uint8Array, { addr: number; size: number }][] = [];
  if (p.romfs !== undefined) {
    if (board.romfs === undefined) throw new ImageError(`${board.name} has no ROMFS partition`);
    parts.push(["ROMFS", p.romfs, board.romfs]);
  }
  if (p.fs !== undefined) {
    if (board.fs === undefined) throw new ImageError(`${board.name} has no filesystem partition`);
    parts.push(["filesystem", p.fs, board.fs]);
  }
  if (p.format === "elf") {
    if (fw.container !== "elf") throw new ImageError("an ELF image needs ELF firmware");
    let elf = p.firmware;
    const check = new MemoryMap();
    for (const s of fw.map.segments) check.add(s.addr, s.data, "the firmware");
    for (const [what, data, region] of parts) {
      place(check, what, data, region);
      elf = addElfSegment(elf, region.addr, data);
    }
    return elf;
  }
  const map = new MemoryMap();
  for (const s of fw.map.segments) map.add(s.addr, s.data, "the firmware");
  for (const [what, data, region] of parts) place(map, what, data, region);
  switch (p.format) {
    case "uf2":
      if (board.uf2Family === undefined) throw new ImageError(`${board.name} takes no UF2`);
      return encodeUf2(map, board.uf2Family);
    case "hex":
      return new TextEncoder().encode(encodeIhex(map));
    case "bin": {
      const span = map.end - board.binBase;
      if (span > 64 * 1024 * 1024) {
        throw new ImageError(
          `a .bin from ${hexAddress(board.binBase)} to ${hexAddress(map.end)} would be ` +
            `${span} bytes: use a .hex for parts this far apart`,
        );
      }
      return map.flatten(board.binBase);
    }
  }
}
