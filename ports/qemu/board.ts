// One qemu board running real MicroPython, booted once and reused for many programs: source
// text or a compiled .mpy (imported through an in-RAM VFS). The interpreter is soft-reset before
// each program; a program that hangs the board or kills qemu costs a reboot, reported in its
// result rather than thrown.
import { join } from "node:path";
import { type BoardSpec, firmwareDir, QEMU } from "./boards.ts";
import { RawRepl } from "./raw_repl.ts";
import { LinkClosed, LinkFault, LinkTimeout, SerialLink } from "./serial.ts";
import { importMpyProgram } from "./vfs_inject.ts";

export interface BoardOptions {
  /** Folder with the firmware files (default: firmwareDir()). */
  firmwareDir?: string;
  /** How long one program may run (default 10 s). */
  timeoutMs?: number;
  /** How long a boot or a protocol step may take (default 10 s). */
  replyMs?: number;
  /** More qemu arguments, e.g. `-device loader,...` for a ROMFS image. */
  qemuArgs?: string[];
  /** The ELF file to boot instead of the board's firmware (e.g. one `upy image` merged). */
  kernel?: string;
}

export interface RunResult {
  /** ok: the program finished (maybe with a traceback); timeout: it hung and was stopped;
   * crashed: the CPU faulted, the board reset or qemu exited while it ran. */
  status: "ok" | "timeout" | "crashed";
  stdout: string;
  stderr: string;
  /** One line saying what went wrong, for status other than ok. */
  note?: string;
}

/** The board could not be booted or brought back: one line, no stack needed. */
export class BoardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BoardError";
    // Reported as one line: the JS stack says nothing about why a board is down.
    this.stack = `${this.name}: ${message}`;
  }
}

interface Session {
  child: Deno.ChildProcess;
  link: SerialLink;
  repl: RawRepl;
  stdin: WritableStreamDefaultWriter<Uint8Array>;
  stderr: Promise<string>;
}

const BANNER = "MicroPython v";
/** How the firmware reports a CPU fault: ports/qemu's handler prints "<kind> exception caught:",
 * the registers, and then spins forever. */
const FAULT_MARKS = [" exception caught:"];

export class Board {
  #s: Session | null = null;
  /** Reboots after a hang or a crash. */
  restarts = 0;
  readonly timeoutMs: number;
  readonly replyMs: number;

  private constructor(readonly spec: BoardSpec, private readonly opts: BoardOptions) {
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    this.replyMs = opts.replyMs ?? 10_000;
  }

  /** Boot `spec` and enter its raw REPL. Throws BoardError when it doesn't come up. */
  static async boot(spec: BoardSpec, opts: BoardOptions = {}): Promise<Board> {
    const b = new Board(spec, opts);
    await b.#start();
    return b;
  }

  qemuArgs(): string[] {
    const kernel = this.opts.kernel ??
      join(this.opts.firmwareDir ?? firmwareDir(), this.spec.firmware);
    return [
      ...this.spec.machine,
      ...["-display", "none", "-monitor", "none", "-semihosting"],
      // A plain stdio chardev (no mux): Ctrl-A and Ctrl-C reach the board, not qemu.
      ...["-chardev", "stdio,id=con,signal=off", "-serial", "chardev:con"],
      ...["-kernel", kernel],
      ...(this.opts.qemuArgs ?? []),
    ];
  }

  async #start(): Promise<void> {
    let child: Deno.ChildProcess;
    try {
      child = new Deno.Command(QEMU, {
        args: this.qemuArgs(),
        stdin: "piped",
        stdout: "piped",
        stderr: "piped",
      }).spawn();
    } catch (e) {
      throw new BoardError(`${this.spec.name}: can't start ${QEMU}: ${(e as Error).message}`);
    }
    const stdin = child.stdin.getWriter();
    const link = new SerialLink(child.stdout, { write: (d) => stdin.write(d) }, FAULT_MARKS);
    const stderr = new Response(child.stderr).text();
    this.#s = { child, link, stdin, stderr, repl: new RawRepl(link, this.replyMs) };
    try {
      await link.readUntil(">>> ", this.replyMs, "the REPL prompt after boot");
      await this.#s.repl.enter();
    } catch (e) {
      const qemuSays = (await this.#stop()).trim().split("\n")[0];
      const why = e instanceof Error ? e.message : String(e);
      throw new BoardError(
        `${this.spec.name} did not boot: ${why}${qemuSays ? ` (${qemuSays})` : ""}`,
      );
    }
  }

  /** Kill qemu and wait for it; returns what it wrote to stderr. */
  async #stop(): Promise<string> {
    const s = this.#s;
    if (!s) return "";
    this.#s = null;
    try {
      s.child.kill("SIGKILL");
    } catch {
      // already exited
    }
    await s.child.status;
    await s.stdin.close().catch(() => {});
    await s.link.finished();
    return await s.stderr.catch(() => "");
  }

  async restart(): Promise<void> {
    this.restarts++;
    await this.#stop();
    await this.#start();
  }

  /** Run Python source as the raw REPL's program. */
  async run(source: string, timeoutMs = this.timeoutMs): Promise<RunResult> {
    if (!this.#s) await this.restart();
    const s = this.#s!;
    try {
      await s.repl.softReset();
    } catch {
      await this.restart();
    }
    try {
      return { status: "ok", ...(await this.#s!.repl.exec(source, timeoutMs)) };
    } catch (e) {
      return await this.#recover(e, timeoutMs);
    }
  }

  /** Run a compiled module from its .mpy bytes, imported as `module` ("via .mpy"). */
  runMpy(mpy: Uint8Array, module = "__upytest", timeoutMs = this.timeoutMs): Promise<RunResult> {
    return this.run(importMpyProgram(module, mpy), timeoutMs);
  }

  /** After a failed exec: reboot. (The qemu port polls its UART, so Ctrl-C can't stop a
   * running program; a reboot takes well under a second.) */
  async #recover(e: unknown, timeoutMs: number): Promise<RunResult> {
    if (!(e instanceof LinkTimeout || e instanceof LinkClosed || e instanceof LinkFault)) {
      await this.#stop();
      throw e;
    }
    const got = new TextDecoder().decode(e.received).replaceAll("\r\n", "\n");
    let status: RunResult["status"] = e instanceof LinkTimeout ? "timeout" : "crashed";
    let note = e instanceof LinkTimeout ? `no answer in ${timeoutMs} ms` : e.message;
    if (got.includes(BANNER)) [status, note] = ["crashed", "the board reset itself"];
    await this.restart();
    return { status, stdout: got.split("\x04")[0], stderr: "", note: `${note}; board rebooted` };
  }

  async close(): Promise<void> {
    await this.#stop();
  }
}
