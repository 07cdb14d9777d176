// `upy image inspect`: what a UF2/HEX/ELF/BIN file holds — its container, UF2 family or ELF
// entry, the address ranges it fills, which known board partitions they land in, and which
// filesystem a range starts with.
import { IMAGE_BOARDS } from "./boards.ts";
import { detectContainer, loadContainer } from "./build.ts";
import { hexAddress } from "./memory_map.ts";
import { UF2_FAMILY } from "./boards.ts";

/** The filesystem whose signature `data` starts with, if any. */
export function sniffFilesystem(data: Uint8Array): string | undefined {
  if (data.length >= 4 && data[0] === 0xd2 && data[1] === 0xcd && data[2] === 0x31) return "ROMFS";
  const ascii = (at: number, n: number) =>
    String.fromCharCode(...data.subarray(at, Math.min(data.length, at + n)));
  // littlefs: the superblock's name "littlefs" follows the revision count and the first tag.
  if (ascii(8, 8) === "littlefs") return "littlefs v2";
  if (data.length > 4096 + 16 && ascii(4096 + 8, 8) === "littlefs") return "littlefs v2";
  if (ascii(40, 8) === "littlefs") return "littlefs v1";
  if (data.length >= 512 && data[510] === 0x55 && data[511] === 0xaa) {
    if (ascii(54, 5) === "FAT12") return "FAT12";
    if (ascii(54, 5) === "FAT16") return "FAT16";
    if (ascii(82, 5) === "FAT32") return "FAT32";
  }
  return undefined;
}

const FAMILY_NAMES = new Map<number, string>([
  [UF2_FAMILY.RP2040, "RP2040"],
  [UF2_FAMILY.RP2350_ARM_S, "RP2350 ARM secure"],
]);

export function inspectImage(bytes: Uint8Array): string {
  const file = loadContainer(bytes);
  const lines = [`${file.container.toUpperCase()} file, ${bytes.length} bytes`];
  if (file.families !== undefined) {
    const f = [...file.families].map((id) => `${hexAddress(id)} (${FAMILY_NAMES.get(id) ?? "?"})`);
    lines.push(`UF2 family: ${f.join(", ") || "none"}`);
  }
  if (file.entry !== undefined) lines.push(`entry point: ${hexAddress(file.entry)}`);
  for (const s of file.map.coalesced()) {
    const end = s.addr + s.data.length;
    const notes: string[] = [];
    const fs = sniffFilesystem(s.data);
    if (fs !== undefined) notes.push(fs);
    for (const b of IMAGE_BOARDS) {
      for (const [what, r] of [["ROMFS", b.romfs], ["filesystem", b.fs]] as const) {
        if (r !== undefined && s.addr === r.addr) notes.push(`${b.name} ${what} partition`);
      }
    }
    lines.push(
      `  ${hexAddress(s.addr)}-${hexAddress(end)} ${s.data.length} bytes` +
        (notes.length ? `  ${notes.join("; ")}` : ""),
    );
  }
  if (detectContainer(bytes) === "bin") lines.push("(a .bin has no addresses: shown from 0)");
  return lines.join("\n");
}
