// The qemu boards that run real MicroPython firmware (../shared/firmware/README.md), as data:
// what qemu needs to boot each one and what code it takes.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ThumbArch } from "../../src/mpy/arch.ts";
// Partitions (ROMFS address and size) live in the image board table, shared with `upy image`.
import { findBoard } from "../../src/image/boards.ts";

export interface BoardSpec {
  /** Our short name for the board (also the firmware's machine name). */
  name: string;
  /** qemu-system-arm arguments selecting the machine. */
  machine: string[];
  /** Firmware file in the firmware folder. */
  firmware: string;
  /** `upy cross -march=` value for native code this board runs. */
  arch: ThumbArch;
  /** Python float precision: none, single (soft or hard) or double. */
  float: "single" | "double";
}

export const BOARDS: readonly BoardSpec[] = [
  {
    name: "mps2-an385",
    machine: ["-machine", "mps2-an385"],
    firmware: "mps2-an385.elf",
    arch: "armv7m",
    float: "single",
  },
  {
    name: "mps3-an547",
    machine: ["-machine", "mps3-an547"],
    firmware: "mps3-an547.elf",
    arch: "armv7emdp",
    float: "double",
  },
  {
    name: "microbit",
    // The native-emitter build needs more flash and RAM than a real nRF51 has.
    machine: [
      "-machine",
      "microbit",
      "-global",
      "nrf51-soc.flash-size=1048576",
      "-global",
      "nrf51-soc.sram-size=262144",
    ],
    firmware: "microbit-native.elf",
    arch: "armv6m",
    float: "single",
  },
];

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The firmware folder: $UPY_FIRMWARE_DIR, else ../shared/firmware beside the repository. */
export function firmwareDir(): string {
  return Deno.env.get("UPY_FIRMWARE_DIR") ?? resolve(REPO_ROOT, "..", "shared", "firmware");
}

export const QEMU = Deno.env.get("UPY_QEMU") ?? "qemu-system-arm";

let qemuFound: boolean | undefined;

/** Whether qemu-system-arm runs here (checked once). */
export async function qemuAvailable(): Promise<boolean> {
  if (qemuFound === undefined) {
    try {
      const r = await new Deno.Command(QEMU, {
        args: ["--version"],
        stdout: "null",
        stderr: "null",
      })
        .output();
      qemuFound = r.success;
    } catch {
      qemuFound = false;
    }
  }
  return qemuFound;
}

/** Why `board` can't run here (one line), or null when it can. */
export async function unavailableReason(
  board: BoardSpec,
  dir = firmwareDir(),
): Promise<string | null> {
  if (!(await qemuAvailable())) return `${QEMU} not found (apt-get install qemu-system-arm)`;
  try {
    if (Deno.statSync(join(dir, board.firmware)).isFile) return null;
  } catch {
    // reported below
  }
  return `no firmware in ${dir} (set UPY_FIRMWARE_DIR)`;
}

/** qemu arguments that load a ROMFS image file into `board`'s partition, which the firmware
 * mounts at /rom on boot (pass them as BoardOptions.qemuArgs). */
export function romfsLoaderArgs(board: BoardSpec, imagePath: string): string[] {
  const romfs = findBoard(board.name)?.romfs;
  if (romfs === undefined) throw new Error(`${board.name} has no ROMFS partition`);
  return ["-device", `loader,file=${imagePath},addr=0x${romfs.addr.toString(16)}`];
}
