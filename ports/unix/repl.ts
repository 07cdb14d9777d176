// The interactive prompt on a terminal, as the unix port's (shared/runtime/pyexec.c): the
// friendly REPL with our own line editor (line_editor.ts) and paste mode, and the raw REPL
// with raw-paste flow control that board tools such as mpremote drive.
import { CTRL_A, CTRL_B, CTRL_C, CTRL_D, CTRL_E, History, LineEditor } from "./line_editor.ts";
import type { ReplBackend } from "./repl_exec.ts";
import { denoReplTerminal } from "./terminal.ts";

/** The terminal the REPL talks to: raw bytes in, bytes out, and its mode. */
export interface ReplTerminal {
  /** The next input byte, or null when input has ended. */
  read(): Promise<number | null>;
  write(data: string | Uint8Array): void;
  /** Raw while reading keys; the original (cooked) mode while code runs, so Ctrl-C
   * interrupts it and input() edits a line. */
  setRaw(raw: boolean): void;
}

/** Does the REPL need another line before `source` can be compiled
 * (py/repl.c mp_repl_continue_with_input)? */
export function needsContinuation(source: string): boolean {
  if (source === "") return false;
  const compound = source[0] === "@" ||
    /^(if|while|for|try|with|def|class|async)(?![A-Za-z0-9_])/.test(source);
  let paren = 0, bracket = 0, brace = 0;
  let quote = ""; // "", ', ", ''' or """
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "'" || c === '"') {
      const triple = c.repeat(3);
      if ((quote === "" || quote === triple) && source.startsWith(triple, i)) {
        i += 2;
        quote = quote === "" ? triple : "";
      } else if (quote === "" || quote === c) {
        quote = quote === "" ? c : "";
      }
    } else if (c === "\\" && /['"\\]/.test(source[i + 1] ?? "")) {
      if (quote !== "") i++;
    } else if (quote === "") {
      if (c === "(") paren++;
      else if (c === ")") paren--;
      else if (c === "[") bracket++;
      else if (c === "]") bracket--;
      else if (c === "{") brace++;
      else if (c === "}") brace--;
    }
  }
  if (quote.length === 3) return true;
  if ((paren > 0 || bracket > 0 || brace > 0) && quote === "") return true;
  const last = source[source.length - 1];
  if (last === "\\") return true;
  return compound && last !== "\n";
}

const RAW_BANNER = "raw REPL; CTRL-B to exit\r\n";
const PASTE_BANNER = "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ";
/** Raw-paste flow control: half of MICROPY_REPL_STDIN_BUFFER_MAX (256). */
const RAW_PASTE_WINDOW = 128;

const dec = new TextDecoder();

/** Exit status when the REPL is left, or undefined to switch to the other REPL. */
type ReplEnd = number | undefined;

export class Repl {
  readonly history = new History();
  private raw = false;

  constructor(
    private readonly term: ReplTerminal,
    private readonly backend: ReplBackend,
    /** The banner's first line ("MicroPython v1.27.0 on ...; ..."). */
    private readonly bannerLine: string,
  ) {}

  /** Run until Ctrl-D or SystemExit; returns the exit status. */
  async run(): Promise<number> {
    for (;;) {
      const end = this.raw ? await this.rawRepl() : await this.friendlyRepl();
      if (end !== undefined) return end;
    }
  }

  private out(s: string | Uint8Array): void {
    this.term.write(s);
  }

  private key(): Promise<number | null> {
    return this.term.read();
  }

  private async friendlyRepl(): Promise<ReplEnd> {
    this.term.setRaw(true);
    this.out(this.bannerLine + "\r\n" + 'Type "help()" for more information.\r\n');
    for (;;) {
      const editor = new LineEditor(
        (s) => this.out(s),
        this.history,
        (line) => this.backend.complete(line),
      );
      let ret = await this.readLine(editor, ">>> ");
      let mode: "single" | "exec" = "single";
      let source: string;
      if (ret === CTRL_A) {
        this.out("\r\n");
        this.term.setRaw(false);
        this.raw = true;
        return undefined;
      } else if (ret === CTRL_B) {
        this.out("\r\n" + this.bannerLine + "\r\n" + 'Type "help()" for more information.\r\n');
        continue;
      } else if (ret === CTRL_C) {
        this.out("\r\n");
        continue;
      } else if (ret === CTRL_D) {
        this.out("\r\n");
        this.term.setRaw(false);
        return 0;
      } else if (ret === CTRL_E) {
        const pasted = await this.pasteMode();
        if (pasted === undefined) continue;
        source = pasted;
        mode = "exec";
      } else if (editor.text === "") {
        continue;
      } else {
        let cancelled = false;
        while (needsContinuation(editor.text)) {
          editor.text += "\n";
          ret = await this.readLine(editor, "... ");
          if (ret === CTRL_C) {
            this.out("\r\n");
            cancelled = true;
            break;
          } else if (ret === CTRL_D) {
            break; // stop entering the compound statement
          }
        }
        if (cancelled) continue;
        source = editor.text;
      }
      this.term.setRaw(false);
      const r = await this.backend.execute(source, mode);
      if (r.error !== undefined) this.out(r.error);
      if (r.exitCode !== undefined) return r.exitCode;
      this.term.setRaw(true);
    }
  }

  private async readLine(editor: LineEditor, prompt: string): Promise<number> {
    editor.begin(prompt);
    for (;;) {
      const c = await this.key();
      // A closed terminal ends the line as Ctrl-D on an empty one would.
      if (c === null) return CTRL_D;
      const r = editor.feed(c);
      if (r >= 0) return r;
    }
  }

  /** Ctrl-E: echo lines until Ctrl-D runs them or Ctrl-C cancels. */
  private async pasteMode(): Promise<string | undefined> {
    this.out(PASTE_BANNER);
    const bytes: number[] = [];
    for (;;) {
      const c = (await this.key()) ?? CTRL_D;
      if (c === CTRL_C) {
        this.out("\r\n");
        return undefined;
      }
      if (c === CTRL_D) {
        this.out("\r\n");
        return dec.decode(new Uint8Array(bytes));
      }
      bytes.push(c);
      this.out(c === 13 ? "\r\n=== " : new Uint8Array([c]));
    }
  }

  private async rawRepl(): Promise<ReplEnd> {
    this.term.setRaw(true);
    this.out(RAW_BANNER);
    for (;;) {
      this.out(">");
      const line: number[] = [];
      let command = false;
      while (!command) {
        const c = (await this.key()) ?? CTRL_D;
        if (c === CTRL_A) {
          if (line.length === 2 && line[0] === CTRL_E) {
            const end = await this.rawPaste(line[1]);
            if (end !== undefined) return end;
            line.length = 0;
            this.out(">");
            continue;
          }
          this.out(RAW_BANNER + ">");
          line.length = 0;
        } else if (c === CTRL_B) {
          this.out("\r\n");
          this.term.setRaw(false);
          this.raw = false;
          return undefined;
        } else if (c === CTRL_C) {
          line.length = 0;
        } else if (c === CTRL_D) {
          command = true;
        } else {
          line.push(c);
        }
      }
      this.out("OK");
      if (line.length === 0) {
        // A soft reset ends the unix port.
        this.out("\r\n");
        this.term.setRaw(false);
        return 0;
      }
      this.term.setRaw(false);
      const end = await this.executeFramed(dec.decode(new Uint8Array(line)));
      if (end !== undefined) return end;
      this.term.setRaw(true);
    }
  }

  /** Run a raw-REPL command: output, \x04, any traceback, \x04. */
  private async executeFramed(source: string): Promise<ReplEnd> {
    const r = await this.backend.execute(source, "exec");
    this.out("\x04");
    if (r.error !== undefined) this.out(r.error);
    this.out("\x04");
    return r.exitCode;
  }

  /** Raw-paste mode (Ctrl-E, 'A', Ctrl-A in the raw REPL): the host sends the program in
   * windows of RAW_PASTE_WINDOW bytes, each acknowledged with \x01; Ctrl-D ends it. */
  private async rawPaste(kind: number): Promise<ReplEnd> {
    if (kind !== 0x41) {
      this.out("R\x00"); // unsupported command
      return undefined;
    }
    this.out("R\x01");
    this.out(new Uint8Array([RAW_PASTE_WINDOW & 0xff, RAW_PASTE_WINDOW >> 8, 1]));
    const bytes: number[] = [];
    let remain = RAW_PASTE_WINDOW;
    for (;;) {
      const c = (await this.key()) ?? CTRL_D;
      if (c === CTRL_C || c === CTRL_D) {
        this.out("\x04"); // end of data, to the host
        if (c === CTRL_C) {
          this.out("\x04KeyboardInterrupt: \n\x04");
          return undefined;
        }
        break;
      }
      bytes.push(c);
      if (--remain === 0) {
        this.out("\x01"); // room for another window
        remain = RAW_PASTE_WINDOW;
      }
    }
    return await this.executeFramed(dec.decode(new Uint8Array(bytes)));
  }
}

/** Where the unix port keeps REPL history between runs. */
function historyPath(): string | undefined {
  const home = Deno.env.get("HOME");
  return home === undefined ? undefined : home + "/.micropython.history";
}

/** Run the REPL on this process's terminal, with history from and back to
 * ~/.micropython.history; returns the exit status. */
export async function runRepl(backend: ReplBackend, banner: string): Promise<number> {
  // Only the banner's first line: the second is the unix port's own help hint.
  const first = banner.split("\n")[0];
  const repl = new Repl(denoReplTerminal(), backend, first);
  const path = historyPath();
  if (path !== undefined) {
    try {
      repl.history.load(Deno.readTextFileSync(path));
    } catch {
      // no history yet
    }
  }
  const status = await repl.run();
  if (path !== undefined) {
    try {
      Deno.writeTextFileSync(path, repl.history.save(), { mode: 0o644 });
    } catch {
      // an unwritable home keeps no history, as on the unix port
    }
  }
  return status;
}
