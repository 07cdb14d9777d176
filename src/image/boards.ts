// Boards that `upy image`, `upy romfs build --board` and `upy fs build --board` know: where their
// firmware lives, which container their bootloader takes, and where MicroPython keeps the ROMFS
// partition and the filesystem. Facts come from MicroPython's board definitions (rp2
// mpconfigboard.h MICROPY_HW_FLASH_STORAGE_BYTES at the end of flash, stm32 PYBD linker scripts)
// and from ../shared/firmware/README.md for the qemu boards.
import type { ThumbArch } from "../mpy/arch.ts";

export interface Region {
  addr: number;
  size: number;
}

export type FsKind = "lfs2" | "lfs1" | "fat";
export type ImageFormat = "uf2" | "bin" | "hex" | "elf";

export interface FsPartition extends Region {
  kind: FsKind;
  blockSize: number;
  /** littlefs program size MicroPython's port mounts with (rp2: 256). */
  progSize?: number;
}

export interface ImageBoard {
  name: string;
  aliases: string[];
  description: string;
  /** `-march` for .mpy files with native code. */
  arch: ThumbArch;
  /** Where firmware may be: every firmware segment must lie in one of these. */
  firmwareRegions: Region[];
  /** Address of the first byte of a raw .bin firmware (the start of the application). */
  binBase: number;
  /** UF2 family ID, when the bootloader takes UF2. */
  uf2Family?: number;
  romfs?: Region;
  fs?: FsPartition;
  /** Containers that make sense for this board, the first being the default. */
  formats: ImageFormat[];
  /** The ports/qemu board of the same name, for booting images in tests. */
  qemu?: string;
}

const KiB = 1024, MiB = 1024 * 1024;

/** The RP2040 and RP2350 boot ROM's UF2 family IDs. */
export const UF2_FAMILY = {
  RP2040: 0xe48bff56,
  RP2350_ARM_S: 0xe48bff59,
} as const;

/** An rp2 board: XIP flash at 0x10000000 with littlefs v2 in its last `fsBytes`. */
function rp2(
  name: string,
  aliases: string[],
  description: string,
  flashBytes: number,
  fsBytes: number,
  rp2350: boolean,
): ImageBoard {
  const flash = { addr: 0x10000000, size: flashBytes };
  return {
    name,
    aliases,
    description,
    arch: rp2350 ? "armv7emsp" : "armv6m",
    firmwareRegions: [{ addr: flash.addr, size: flashBytes - fsBytes }],
    binBase: flash.addr,
    uf2Family: rp2350 ? UF2_FAMILY.RP2350_ARM_S : UF2_FAMILY.RP2040,
    fs: {
      kind: "lfs2",
      addr: flash.addr + flashBytes - fsBytes,
      size: fsBytes,
      blockSize: 4096,
      progSize: 256,
    },
    formats: ["uf2", "bin", "hex"],
  };
}

export const IMAGE_BOARDS: readonly ImageBoard[] = [
  rp2("pico", ["rpi_pico"], "Raspberry Pi Pico (RP2040, 2 MiB flash)", 2 * MiB, 1408 * KiB, false),
  rp2(
    "pico_w",
    ["rpi_pico_w"],
    "Raspberry Pi Pico W (RP2040, 2 MiB flash)",
    2 * MiB,
    848 * KiB,
    false,
  ),
  rp2("pico2", ["rpi_pico2"], "Raspberry Pi Pico 2 (RP2350, 4 MiB flash)", 4 * MiB, 3 * MiB, true),
  {
    name: "pybd_sf6",
    aliases: ["pybd-sf6", "pybd"],
    description: "PYBD-SF6 (STM32F767; mboot at 0x08000000, ROMFS in the QSPI flash)",
    arch: "armv7emdp",
    firmwareRegions: [{ addr: 0x08008000, size: 1504 * KiB }],
    binBase: 0x08008000,
    romfs: { addr: 0x90000000, size: 1 * MiB },
    formats: ["hex", "bin"],
  },
  {
    name: "mps2-an385",
    aliases: ["an385"],
    description: "qemu mps2-an385 (Cortex-M3)",
    arch: "armv7m",
    firmwareRegions: [{ addr: 0, size: 4 * MiB }],
    binBase: 0,
    romfs: { addr: 0x21000000, size: 4 * MiB },
    formats: ["elf", "hex"],
    qemu: "mps2-an385",
  },
  {
    name: "mps3-an547",
    aliases: ["an547"],
    description: "qemu mps3-an547 (Cortex-M55)",
    arch: "armv7emdp",
    firmwareRegions: [{ addr: 0, size: 512 * KiB }, { addr: 0x01000000, size: 2 * MiB }],
    binBase: 0,
    romfs: { addr: 0x62000000, size: 32 * MiB },
    formats: ["elf", "hex"],
    qemu: "mps3-an547",
  },
  {
    name: "microbit",
    aliases: ["microbit-native"],
    description: "qemu microbit (nRF51, Cortex-M0, 1 MiB flash as the firmware README boots it)",
    arch: "armv6m",
    firmwareRegions: [{ addr: 0, size: 1 * MiB }],
    binBase: 0,
    formats: ["elf", "hex", "bin"],
    qemu: "microbit",
  },
];

/** The board called `name` (or one of its aliases, any case), or undefined. */
export function findBoard(name: string): ImageBoard | undefined {
  const n = name.toLowerCase();
  return IMAGE_BOARDS.find((b) => b.name === n || b.aliases.includes(n));
}

export function boardNames(): string {
  return IMAGE_BOARDS.map((b) => b.name).join(", ");
}
