// Native architecture codes of the .mpy header (MP_NATIVE_ARCH_*, docs/spec/mpy-format.md §3), by the
// names mpy-cross's -march= takes.

/** The Thumb architectures (the Thumb assembler's targets), in arch-code order (4-8). The one
 * list of them: the assembler, the compiler and the ports import it from here. */
export const THUMB_ARCHS = ["armv6m", "armv7m", "armv7em", "armv7emsp", "armv7emdp"] as const;
export type ThumbArch = typeof THUMB_ARCHS[number];

/** Name of each arch code; index = code (0 = no native code). */
export const ARCH_NAMES: readonly string[] = [
  "NONE",
  "x86",
  "x64",
  "armv6",
  ...THUMB_ARCHS,
  "xtensa",
  "xtensawin",
  "rv32imc",
  "rv64imc",
  "debug",
];

/** Arch code by -march= name. */
export const ARCH_CODES: ReadonlyMap<string, number> = new Map(
  ARCH_NAMES.map((n, i) => [n, i] as [string, number]).filter(([, i]) => i > 0),
);

/** Whether an -march= name is one of the Thumb architectures. */
export function isThumbArch(name: string): name is ThumbArch {
  return (THUMB_ARCHS as readonly string[]).includes(name);
}
