// The terminal behind this process's standard streams, for termios (src/py/host.ts
// HostTerminal) and the REPL (repl.ts ReplTerminal): Deno tells which streams are terminals,
// switches stdin's raw mode and reads its bytes.
import type { HostTerminal } from "../../src/py/host.ts";
import type { ReplTerminal } from "./repl.ts";

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

/** The bytes of this process's stdin, one at a time (only read while the REPL waits, so a
 * running program's input() gets what is typed then). */
class StdinKeys {
  private buf = new Uint8Array(0);
  private pos = 0;

  async read(): Promise<number | null> {
    if (this.pos >= this.buf.length) {
      const chunk = new Uint8Array(1024);
      const n = await Deno.stdin.read(chunk).catch(() => null);
      if (n === null || n === 0) return null;
      this.buf = chunk.subarray(0, n);
      this.pos = 0;
    }
    const c = this.buf[this.pos++];
    // As the unix port's mp_hal_stdin_rx_chr: a newline is Enter (piped input after -i).
    return c === 10 ? 13 : c;
  }
}

const enc = new TextEncoder();

/** The REPL on this process's terminal. */
export function denoReplTerminal(): ReplTerminal {
  const keys = new StdinKeys();
  return {
    read: () => keys.read(),
    write: (data) => {
      const bytes = typeof data === "string" ? enc.encode(data) : data;
      for (let off = 0; off < bytes.length;) off += Deno.stdout.writeSync(bytes.subarray(off));
    },
    setRaw: (raw) => {
      if (Deno.stdin.isTerminal()) Deno.stdin.setRaw(raw);
    },
  };
}
