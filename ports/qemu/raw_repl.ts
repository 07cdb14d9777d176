// Client for MicroPython's raw REPL (shared/runtime/pyexec.c), the protocol mpremote and the
// test runner speak: Ctrl-A enters it, a program ends with Ctrl-D, and the board answers with
// stdout, \x04, stderr (the traceback), \x04, then the `>` prompt. Raw-paste mode (Ctrl-E 'A'
// Ctrl-A) adds flow control so long programs are not lost to the UART's small buffer.
import type { SerialLink } from "./serial.ts";

const BANNER = "raw REPL; CTRL-B to exit\r\n>";

/** The board answered something the protocol does not allow. */
export class ReplProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReplProtocolError";
  }
}

export interface ExecResult {
  /** Program output, with the serial line's \r\n turned back into \n. */
  stdout: string;
  /** The traceback of an uncaught exception, else "". */
  stderr: string;
}

const text = (b: Uint8Array) => new TextDecoder().decode(b).replaceAll("\r\n", "\n");

export class RawRepl {
  /** Whether the board takes raw-paste mode; learnt on the first exec. */
  rawPaste: boolean | undefined = undefined;

  /** `replyMs`: how long the board may take to answer a protocol step (not a program). */
  constructor(private readonly link: SerialLink, private readonly replyMs = 5000) {}

  /** Stop whatever runs (two Ctrl-C) and enter the raw REPL; `softReset` also restarts the
   * interpreter (fresh heap, globals and sys.modules), staying in the raw REPL. */
  async enter(softReset = false): Promise<void> {
    await this.link.write("\r\x03\x03\x01");
    await this.link.readUntil(BANNER, this.replyMs, "the raw REPL prompt");
    if (softReset) await this.softReset();
    this.link.discard();
  }

  /** Ctrl-D at the raw prompt: soft reboot, after which the board is back in the raw REPL. */
  async softReset(): Promise<void> {
    await this.link.write("\x04");
    await this.link.readUntil("soft reboot\r\n", this.replyMs, "the soft reboot");
    await this.link.readUntil(BANNER, this.replyMs, "the raw REPL prompt after soft reboot");
  }

  /** Run one program; `timeoutMs` bounds its run time. Throws LinkTimeout / LinkClosed when
   * the board hangs or dies. */
  async exec(code: string, timeoutMs: number): Promise<ExecResult> {
    const data = new TextEncoder().encode(code);
    if (this.rawPaste !== false) await this.#sendRawPaste(data);
    else await this.#sendPlain(data);
    const stdout = await this.link.readUntil("\x04", timeoutMs, "the program's end");
    const stderr = await this.link.readUntil("\x04", this.replyMs, "the end of stderr");
    await this.link.readUntil(">", this.replyMs, "the raw REPL prompt");
    return { stdout: text(stdout), stderr: text(stderr) };
  }

  async #sendRawPaste(data: Uint8Array): Promise<void> {
    await this.link.write("\x05A\x01");
    const answer = text(await this.link.readExact(2, this.replyMs, "the raw-paste answer"));
    if (answer === "R\x00") {
      this.rawPaste = false;
      return this.#sendPlain(data);
    }
    if (answer !== "R\x01") {
      throw new ReplProtocolError(`unexpected raw-paste answer ${JSON.stringify(answer)}`);
    }
    this.rawPaste = true;
    const w = await this.link.readExact(2, this.replyMs, "the raw-paste window size");
    const window = w[0] | w[1] << 8;
    let room = window;
    for (let off = 0; off < data.length;) {
      // The board sends \x01 each time it frees a window, \x04 if it wants the data to stop.
      while (room === 0 || this.link.pending > 0) {
        const [b] = await this.link.readExact(1, this.replyMs, "raw-paste flow control");
        if (b === 1) room += window;
        else if (b === 4) {
          // The board stopped reading (e.g. a syntax error): end the data; the error follows
          // as the program's output.
          await this.link.write("\x04");
          return;
        } else throw new ReplProtocolError(`unexpected raw-paste flow byte ${b}`);
      }
      const n = Math.min(room, data.length - off);
      await this.link.write(data.subarray(off, off + n));
      off += n;
      room -= n;
    }
    await this.link.write("\x04");
    // The board acknowledges the end of the data with \x04 (after any last \x01s).
    await this.link.readUntil("\x04", this.replyMs, "the raw-paste end");
  }

  async #sendPlain(data: Uint8Array): Promise<void> {
    // Without flow control: small chunks, so the UART's receive buffer keeps up.
    for (let off = 0; off < data.length; off += 256) {
      await this.link.write(data.subarray(off, off + 256));
      await new Promise((r) => setTimeout(r, 10));
    }
    await this.link.write("\x04");
    const ok = text(await this.link.readExact(2, this.replyMs, "the raw REPL's OK"));
    if (ok !== "OK") throw new ReplProtocolError(`raw REPL answered ${JSON.stringify(ok)}`);
  }
}
