// The host's standard streams, installed by the port (CLI, library, tests). The core writes
// through these and never touches Deno APIs directly.

export interface PortIO {
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  /** Raw bytes to stdout (sys.stdout.buffer). */
  writeStdoutBytes(data: Uint8Array): void;
  /** Read one line from stdin including its newline; "" at end of input. */
  readLine(): string;
  /** Read up to n bytes (-1 = all) from stdin. */
  readBytes(n: number): Uint8Array;
  /** Optional, for waiting on stdin without blocking the event loop: true when a read (a whole
   * line if `line`) would return at once (data buffered, or end of input); otherwise start
   * reading in the background and call `wake` when more has arrived. */
  stdinPoll?(line: boolean, wake: () => void): boolean;
}

const dec = new TextDecoder();

/** Current host streams; by default output goes nowhere and input is empty. */
export const portIO: PortIO = {
  writeStdout: () => {},
  writeStderr: () => {},
  writeStdoutBytes(data) {
    this.writeStdout(dec.decode(data));
  },
  readLine: () => "",
  readBytes: () => new Uint8Array(),
};

/** Replace some or all host stream functions. */
export function setPortIO(io: Partial<PortIO>): void {
  Object.assign(portIO, io);
}
