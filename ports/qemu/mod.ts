// Real MicroPython firmware on qemu boards, as an oracle for what upy makes (machine code,
// .mpy files, images): the board table, a raw-REPL client and a board runner.
export {
  BOARDS,
  type BoardSpec,
  firmwareDir,
  qemuAvailable,
  romfsLoaderArgs,
  unavailableReason,
} from "./boards.ts";
export { Board, BoardError, type BoardOptions, type RunResult } from "./board.ts";
export { type ExecResult, RawRepl, ReplProtocolError } from "./raw_repl.ts";
export { LinkClosed, LinkFault, LinkTimeout, SerialLink } from "./serial.ts";
export { importMpyProgram } from "./vfs_inject.ts";
