import { deepStrictEqual as assertEquals, ok, throws } from "node:assert/strict";
import { join } from "node:path";
import { findBoard, IMAGE_BOARDS, UF2_FAMILY } from "./boards.ts";
import { buildImage, loadContainer } from "./build.ts";
import { addElfSegment, decodeElf } from "./elf.ts";
import { decodeIhex, encodeIhex } from "./ihex.ts";
import { inspectImage } from "./inspect.ts";
import { ImageError, MemoryMap } from "./memory_map.ts";
import { decodeUf2, encodeUf2 } from "./uf2.ts";
import { buildRomfs } from "../fs/romfs.ts";
import { rng } from "../fs/test_support.ts";

const FIRMWARE = join(import.meta.dirname!, "..", "..", "..", "shared", "firmware");
const haveBinutils = await new Deno.Command("arm-none-eabi-objcopy", { args: ["--version"] })
  .output().then((r) => r.success, () => false);

/** A few segments at random, non-overlapping, unaligned addresses. */
function randomMap(seed: number): MemoryMap {
  const r = rng(seed);
  const map = new MemoryMap();
  let addr = Math.floor(r() * 0x10000000);
  for (let i = 0; i < 1 + Math.floor(r() * 4); i++) {
    const data = new Uint8Array(1 + Math.floor(r() * 3000)).map(() => Math.floor(r() * 256));
    map.add(addr, data);
    addr += data.length + Math.floor(r() * 70000);
  }
  return map;
}

/** Bytes by address, gaps left out, for comparing what two containers place. */
function bytesAt(map: MemoryMap): Map<number, number> {
  const m = new Map<number, number>();
  for (const s of map.segments) s.data.forEach((b, i) => m.set(s.addr + i, b));
  return m;
}

Deno.test("HEX and UF2 round-trip 200 random memory maps", () => {
  for (let seed = 1; seed <= 200; seed++) {
    const map = randomMap(seed);
    assertEquals(bytesAt(decodeIhex(encodeIhex(map))), bytesAt(map));
    // UF2 pads each 256-byte page with 0xff: compare the bytes that were given.
    const back = bytesAt(decodeUf2(encodeUf2(map, UF2_FAMILY.RP2040)).map);
    for (const [a, b] of bytesAt(map)) assertEquals(back.get(a), b);
  }
});

Deno.test("UF2 blocks: magic numbers, family, 256-byte payloads, numbering", () => {
  const map = new MemoryMap().add(0x10000000, new Uint8Array(600).fill(7));
  const uf2 = encodeUf2(map, UF2_FAMILY.RP2350_ARM_S);
  assertEquals(uf2.length, 3 * 512);
  const v = new DataView(uf2.buffer);
  for (let n = 0; n < 3; n++) {
    const w = (o: number) => v.getUint32(n * 512 + o, true);
    assertEquals(
      [w(0), w(4), w(8), w(12), w(16), w(20), w(24), w(28), w(508)],
      [0x0a324655, 0x9e5d5157, 0x2000, 0x10000000 + 256 * n, 256, n, 3, 0xe48bff59, 0x0ab16f30],
    );
  }
  assertEquals(decodeUf2(uf2).families, new Set([UF2_FAMILY.RP2350_ARM_S]));
});

Deno.test({
  name: "our HEX says what GNU objcopy says it says",
  ignore: !haveBinutils,
  fn: async () => {
    const dir = Deno.makeTempDirSync();
    try {
      const data = new Uint8Array(70000).map((_, i) => (i * 7) & 0xff);
      Deno.writeTextFileSync(join(dir, "a.hex"), encodeIhex(new MemoryMap().add(0x0800fff0, data)));
      const r = await new Deno.Command("arm-none-eabi-objcopy", {
        args: ["-I", "ihex", "-O", "binary", join(dir, "a.hex"), join(dir, "a.bin")],
      }).output();
      ok(r.success, new TextDecoder().decode(r.stderr));
      assertEquals(Deno.readFileSync(join(dir, "a.bin")), data);
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "an ELF with an added segment keeps its old segments and loads the new one",
  ignore: (() => {
    try {
      return !Deno.statSync(join(FIRMWARE, "mps2-an385.elf")).isFile;
    } catch {
      return true;
    }
  })(),
  fn: () => {
    const elf = Deno.readFileSync(join(FIRMWARE, "mps2-an385.elf"));
    const before = decodeElf(elf);
    const extra = new Uint8Array(1001).fill(9);
    const after = decodeElf(addElfSegment(elf, 0x21000000, extra));
    assertEquals(after.entry, before.entry);
    assertEquals(after.map.segments.slice(0, -1), before.map.segments);
    assertEquals(after.map.segments.at(-1), { addr: 0x21000000, data: extra });
    throws(() => addElfSegment(elf, 0x100, extra), ImageError); // over the firmware
  },
});

Deno.test("a Pico UF2 holds the firmware and the filesystem at the end of flash", () => {
  const pico = findBoard("pico")!;
  const firmware = new Uint8Array(5000).fill(1);
  const fs = new Uint8Array(pico.fs!.size).fill(2);
  const uf2 = buildImage({ board: pico, firmware, fs, format: "uf2" });
  const { map, families } = decodeUf2(uf2);
  assertEquals(families, new Set([UF2_FAMILY.RP2040]));
  assertEquals(map.coalesced().map((s) => s.addr), [0x10000000, 0x100a0000]);
  ok(inspectImage(uf2).includes("0x100a0000-0x10200000 1441792 bytes  pico filesystem partition"));
});

Deno.test("bad inputs are ImageErrors with one line saying why", () => {
  const pico = findBoard("pico")!, an385 = findBoard("mps2-an385")!;
  const fw = new Uint8Array(100);
  const err = (f: () => unknown, re: RegExp) =>
    throws(f, (e) => e instanceof ImageError && re.test(e.message) && !e.message.includes("\n"));
  // A UF2 for another family, firmware at addresses the board doesn't have.
  const rp2350 = encodeUf2(new MemoryMap().add(0x10000000, fw), UF2_FAMILY.RP2350_ARM_S);
  err(() => buildImage({ board: pico, firmware: rp2350, format: "uf2" }), /family/);
  const elsewhere = new TextEncoder().encode(encodeIhex(new MemoryMap().add(0x08000000, fw)));
  err(() => buildImage({ board: pico, firmware: elsewhere, format: "uf2" }), /another board/);
  // Content larger than its partition; a partition the board doesn't have; a container it
  // doesn't take.
  err(
    () => buildImage({ board: pico, firmware: fw, fs: new Uint8Array(2 << 20), format: "uf2" }),
    /partition holds/,
  );
  err(
    () => buildImage({ board: pico, firmware: fw, romfs: buildRomfs([]), format: "uf2" }),
    /no ROMFS/,
  );
  err(() => buildImage({ board: an385, firmware: fw, format: "uf2" }), /can be elf, hex/);
  err(
    () => buildImage({ board: an385, firmware: fw, romfs: buildRomfs([]), format: "elf" }),
    /ELF firmware/,
  );
  err(() => decodeIhex(":0400000001020304F1\n"), /checksum/);
  err(() => decodeUf2(new Uint8Array(513)), /multiple of 512/);
});

Deno.test("20,000 corrupted UF2, HEX and ELF files give ImageError or a reading", () => {
  const sources = [
    encodeUf2(randomMap(1), UF2_FAMILY.RP2040),
    new TextEncoder().encode(encodeIhex(randomMap(2))),
    addElfSegment(minimalElf(), 0x20000000, new Uint8Array(300).fill(5)),
  ];
  for (let seed = 1; seed <= 20_000; seed++) {
    const r = rng(seed);
    const b = sources[seed % 3].slice();
    for (let i = 0; i < 1 + Math.floor(r() * 4); i++) {
      b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
    }
    const cut = r() < 0.2 ? b.subarray(0, Math.floor(r() * b.length)) : b;
    try {
      loadContainer(cut);
      inspectImage(cut);
    } catch (e) {
      if (!(e instanceof ImageError)) throw new Error(`seed ${seed}: ${(e as Error).stack}`);
    }
  }
});

/** The smallest ARM ELF executable: a header and one 16-byte PT_LOAD at 0x1000. */
function minimalElf(): Uint8Array {
  const b = new Uint8Array(52 + 32 + 16);
  const v = new DataView(b.buffer);
  b.set([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1]);
  v.setUint16(16, 2, true); // ET_EXEC
  v.setUint16(18, 40, true); // EM_ARM
  v.setUint32(20, 1, true);
  v.setUint32(24, 0x1001, true);
  v.setUint32(28, 52, true); // phoff
  v.setUint16(40, 52, true);
  v.setUint16(42, 32, true);
  v.setUint16(44, 1, true);
  const ph = 52;
  v.setUint32(ph, 1, true);
  v.setUint32(ph + 4, 84, true);
  v.setUint32(ph + 8, 0x1000, true);
  v.setUint32(ph + 12, 0x1000, true);
  v.setUint32(ph + 16, 16, true);
  v.setUint32(ph + 20, 16, true);
  return b;
}

Deno.test("every board in the table is consistent", () => {
  for (const b of IMAGE_BOARDS) {
    ok(b.formats.length > 0, b.name);
    ok(!b.formats.includes("uf2") || b.uf2Family !== undefined, b.name);
    for (const p of [b.romfs, b.fs]) {
      if (p === undefined) continue;
      for (const r of b.firmwareRegions) {
        ok(p.addr >= r.addr + r.size || p.addr + p.size <= r.addr, `${b.name} overlaps`);
      }
    }
  }
});
