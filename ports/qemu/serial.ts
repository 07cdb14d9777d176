// A byte link to a board's serial port: everything the board sends is buffered by a background
// pump, and readers wait for bytes or a pattern with a deadline. The board may die at any time
// (qemu exits, is killed): waiters then fail with LinkClosed instead of hanging.

/** The board stopped answering within the deadline. */
export class LinkTimeout extends Error {
  constructor(what: string, readonly received: Uint8Array) {
    super(`timed out waiting for ${what}`);
    this.name = "LinkTimeout";
  }
}

/** The board's output ended (qemu exited or was killed). */
export class LinkClosed extends Error {
  constructor(what: string, readonly received: Uint8Array) {
    super(`board output ended while waiting for ${what}`);
    this.name = "LinkClosed";
  }
}

/** The board printed one of the link's fault marks (e.g. a HardFault report). */
export class LinkFault extends Error {
  constructor(line: string, readonly received: Uint8Array) {
    super(`the board reported "${line}"`);
    this.name = "LinkFault";
  }
}

export interface ByteSink {
  write(data: Uint8Array): Promise<void>;
}

export class SerialLink {
  #buf = new Uint8Array(0);
  #closed = false;
  #wake: (() => void) | null = null;
  #pump: Promise<void>;

  /** `faultMarks`: texts by which the firmware reports a crash; a waiter seeing one fails at
   * once with LinkFault instead of waiting for its deadline. */
  constructor(
    input: ReadableStream<Uint8Array>,
    private readonly sink: ByteSink,
    private readonly faultMarks: string[] = [],
  ) {
    this.#pump = this.#run(input);
  }

  async #run(input: ReadableStream<Uint8Array>): Promise<void> {
    try {
      for await (const chunk of input) {
        const next = new Uint8Array(this.#buf.length + chunk.length);
        next.set(this.#buf);
        next.set(chunk, this.#buf.length);
        this.#buf = next;
        this.#wake?.();
      }
    } catch {
      // the stream errors when the process is killed: same as its end
    }
    this.#closed = true;
    this.#wake?.();
  }

  /** Bytes received and not yet taken. */
  get pending(): number {
    return this.#buf.length;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Resolves when the output has ended and all of it was buffered. */
  finished(): Promise<void> {
    return this.#pump;
  }

  /** Send bytes; fails with LinkClosed when the board's input is gone (qemu exited). */
  async write(data: Uint8Array | string): Promise<void> {
    try {
      await this.sink.write(typeof data === "string" ? new TextEncoder().encode(data) : data);
    } catch {
      throw new LinkClosed("the board to take input", this.#buf);
    }
  }

  /** Take whatever has arrived, without waiting (drops stale prompts and echo). */
  discard(): Uint8Array {
    const old = this.#buf;
    this.#buf = new Uint8Array(0);
    return old;
  }

  /** Take the buffered bytes up to (and including) the first `pattern`, waiting for it until
   * `timeoutMs` passes. Returns them without the pattern. */
  async readUntil(
    pattern: Uint8Array | string,
    timeoutMs: number,
    what?: string,
  ): Promise<Uint8Array> {
    const pat = typeof pattern === "string" ? new TextEncoder().encode(pattern) : pattern;
    const label = what ?? JSON.stringify(new TextDecoder().decode(pat));
    const found = await this.#waitFor(() => indexOf(this.#buf, pat), timeoutMs, label);
    const out = this.#buf.slice(0, found);
    this.#buf = this.#buf.slice(found + pat.length);
    return out;
  }

  /** Take exactly `n` bytes. */
  async readExact(n: number, timeoutMs: number, what: string): Promise<Uint8Array> {
    await this.#waitFor(() => (this.#buf.length >= n ? 0 : -1), timeoutMs, what);
    const out = this.#buf.slice(0, n);
    this.#buf = this.#buf.slice(n);
    return out;
  }

  /** Wait until `probe` returns an index >= 0 or the deadline passes. */
  async #waitFor(probe: () => number, timeoutMs: number, what: string): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = probe();
      if (at >= 0) return at;
      const seen = new TextDecoder().decode(this.#buf);
      const mark = this.faultMarks.find((f) => seen.includes(f));
      if (mark) {
        const line = seen.split(/\r?\n/).find((l) => l.includes(mark)) ?? mark;
        throw new LinkFault(line.trim(), this.#buf);
      }
      if (this.#closed) throw new LinkClosed(what, this.#buf);
      const left = deadline - Date.now();
      if (left <= 0) throw new LinkTimeout(what, this.#buf);
      let timer: ReturnType<typeof setTimeout> | undefined;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
        timer = setTimeout(resolve, left);
      });
      clearTimeout(timer);
      this.#wake = null;
    }
  }
}

function indexOf(hay: Uint8Array, pat: Uint8Array): number {
  outer: for (let i = 0; i + pat.length <= hay.length; i++) {
    for (let j = 0; j < pat.length; j++) if (hay[i + j] !== pat[j]) continue outer;
    return i;
  }
  return -1;
}
