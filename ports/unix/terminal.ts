// The terminal behind this process's standard streams, for termios (src/py/host.ts
// HostTerminal): Deno tells which streams are terminals and switches stdin's raw mode.
import type { HostTerminal } from "../../src/py/host.ts";

const STREAMS = [Deno.stdin, Deno.stdout, Deno.stderr];

export const denoTerminal: HostTerminal = {
  isTerminal: (fd) => STREAMS[fd]?.isTerminal() ?? false,
  setRaw: (raw, cbreak) => {
    // Only stdin can change mode in Deno; a terminal on stdout alone keeps its mode.
    if (Deno.stdin.isTerminal()) Deno.stdin.setRaw(raw, { cbreak: raw && cbreak });
  },
};

/** What kind of descriptor a standard stream is, for poll(2)'s view of it: a regular file or a
 * device other than a terminal is always ready; a terminal, pipe or socket depends. */
export type StreamKind = "file" | "tty" | "pipe";

const DEV_PATHS = ["/dev/stdin", "/dev/stdout", "/dev/stderr"];

export function streamKind(fd: number): StreamKind {
  if (STREAMS[fd].isTerminal()) return "tty";
  try {
    const info = Deno.statSync(DEV_PATHS[fd]);
    return info.isFile || info.isCharDevice || info.isBlockDevice ? "file" : "pipe";
  } catch {
    return "pipe";
  }
}
