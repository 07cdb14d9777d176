// The raw-REPL client against a scripted fake board (no qemu needed): raw-paste flow control,
// the plain fallback, stdout/stderr splitting, and a board that goes silent or away.
import { deepStrictEqual as assertEquals, ok, rejects } from "node:assert/strict";
import { RawRepl } from "./raw_repl.ts";
import { LinkClosed, LinkTimeout, SerialLink } from "./serial.ts";

const BANNER = "raw REPL; CTRL-B to exit\r\n>";

/** Speaks the board side of the raw REPL. A program "runs" by reporting its length on stdout,
 * and a traceback on stderr when it contains "raise". */
class FakeBoard {
  readonly link: SerialLink;
  /** Raw-paste bytes sent beyond the window the board granted. */
  overrun = 0;
  #out!: ReadableStreamDefaultController<Uint8Array>;
  #state: "idle" | "ctrlE" | "paste" | "plain" = "idle";
  #code = "";
  #granted = 0;

  constructor(private readonly paste: boolean, private readonly window = 16, silent = false) {
    const input = new ReadableStream<Uint8Array>({ start: (c) => void (this.#out = c) });
    this.link = new SerialLink(input, {
      write: (d) => Promise.resolve(silent ? undefined : this.#feed(d)),
    });
  }

  #send(s: string): void {
    this.#out.enqueue(new Uint8Array([...s].map((c) => c.charCodeAt(0))));
  }

  close(): void {
    this.#out.close();
  }

  #feed(data: Uint8Array): void {
    for (const b of data) {
      const c = String.fromCharCode(b);
      if (this.#state === "idle") {
        if (c === "\x01") this.#send(BANNER);
        else if (c === "\x04") this.#send("soft reboot\r\n" + BANNER);
        else if (c === "\x05") this.#state = "ctrlE";
      } else if (this.#state === "ctrlE") {
        if (c !== "\x01") continue; // the 'A' between Ctrl-E and Ctrl-A
        this.#state = this.paste ? "paste" : "plain";
        this.#granted = this.window;
        this.#send(this.paste ? `R\x01${String.fromCharCode(this.window)}\x00` : "R\x00");
      } else if (c === "\x04") {
        this.#send(this.#state === "paste" ? "\x04" : "OK");
        this.#run();
      } else {
        this.#code += c;
        if (this.#state === "paste" && this.#code.length > this.#granted) this.overrun++;
        if (this.#state === "paste" && this.#code.length % this.window === 0) {
          this.#granted += this.window;
          this.#send("\x01");
        }
      }
    }
  }

  #run(): void {
    const err = this.#code.includes("raise") ? "Traceback\r\nValueError\r\n" : "";
    this.#send(`ran ${this.#code.length} bytes\r\n\x04${err}\x04>`);
    this.#code = "";
    this.#state = "idle";
  }
}

Deno.test("raw REPL: raw-paste mode keeps to the board's window", async () => {
  const board = new FakeBoard(true);
  const repl = new RawRepl(board.link, 1000);
  await repl.enter(true);
  const code = "x = 1\n".repeat(200);
  assertEquals(await repl.exec(code, 1000), { stdout: `ran ${code.length} bytes\n`, stderr: "" });
  assertEquals(repl.rawPaste, true);
  assertEquals(board.overrun, 0);
  assertEquals(await repl.exec("raise ValueError", 1000), {
    stdout: "ran 16 bytes\n",
    stderr: "Traceback\nValueError\n",
  });
  board.close();
  await board.link.finished();
});

Deno.test("raw REPL: falls back to plain mode when raw paste is refused", async () => {
  const board = new FakeBoard(false);
  const repl = new RawRepl(board.link, 1000);
  await repl.enter();
  assertEquals(await repl.exec("print(1)", 1000), { stdout: "ran 8 bytes\n", stderr: "" });
  assertEquals(repl.rawPaste, false);
  board.close();
  await board.link.finished();
});

Deno.test("raw REPL: a silent board times out, a closed one is reported closed", async () => {
  const silent = new FakeBoard(true, 16, true);
  await rejects(new RawRepl(silent.link, 20).enter(), (e) => e instanceof LinkTimeout);
  silent.close();
  await silent.link.finished();
  const gone = new FakeBoard(true);
  gone.close();
  await rejects(new RawRepl(gone.link, 1000).enter(), (e) => e instanceof LinkClosed);
  ok(gone.link.closed);
});
