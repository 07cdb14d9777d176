// Native architecture codes of the .mpy header (MP_NATIVE_ARCH_*, mpy-format.md §3), by the
// names mpy-cross's -march= takes.

/** Name of each arch code; index = code (0 = no native code). */
export const ARCH_NAMES: readonly string[] = [
  "NONE",
  "x86",
  "x64",
  "armv6",
  "armv6m",
  "armv7m",
  "armv7em",
  "armv7emsp",
  "armv7emdp",
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
