// The terminal sessions repl_test.ts plays against `upy` and repl_record.ts against the unix
// port binary: every editing key and REPL mode, as keys (with a text to wait for after each
// step) in, screen bytes out.

/** Keys to send, then wait until `until` has been printed (else until the screen is quiet);
 * `pause` waits that many seconds first (for Ctrl-C to reach running code). */
export interface Step {
  keys: string;
  until?: string;
  pause?: number;
}

export interface Session {
  name: string;
  /** ~/.micropython.history before the session (the screen then ends with the file after). */
  history?: string;
  /** The session ends the program: the screen then ends with its exit status. */
  status?: boolean;
  steps: Step[];
}

const ESC = "\x1b";
const PROMPT = ">>> ";
const line = (keys: string): Step => ({ keys, until: PROMPT });
const keys = (keys: string): Step => ({ keys });

/** A program longer than one raw-paste window (128 bytes), to exercise flow control. */
const LONG_PROGRAM = "s = 0\nfor i in range(10):\n    s += i\n" +
  "print('the sum of the first ten numbers is', s, 'and this line makes it long')\n" +
  "print('second line of output', [i * i for i in range(5)])\n";

export const SESSIONS: Session[] = [
  {
    name: "editing keys",
    steps: [
      // Left twice, Ctrl-K, Ctrl-A, Ctrl-F, Ctrl-U, Ctrl-E, Ctrl-B, Ctrl-D (delete).
      keys("abcdef" + `${ESC}[D${ESC}[D` + "\x0b\x01\x06\x15\x05\x02\x04"),
      // Word moves: Alt-B twice, Alt-F, Ctrl-Left, Ctrl-Right; Ctrl-W; Alt-Backspace; Alt-D.
      keys(`\x03one two.three${ESC}b${ESC}b${ESC}f${ESC}[1;5D${ESC}[1;5C`),
      keys(`\x17${ESC}\x7f${ESC}b${ESC}d`),
      // Home and End in all their spellings, Delete, Backspace (both codes).
      keys(`\x03abcdefgh${ESC}[H${ESC}[F${ESC}OH${ESC}OF${ESC}[1~${ESC}[4~${ESC}[7~${ESC}[8~`),
      keys(`${ESC}[D${ESC}[D${ESC}[3~\x7f\x08`),
      // Unknown sequences and bytes are ignored.
      keys(`${ESC}[Z${ESC}x\x07\xe9${ESC}[2~`),
      line("\r"),
    ],
  },
  {
    name: "history",
    steps: [
      line("x = 1\r"),
      line("y = 2\r"),
      line("y = 2\r"), // a repeat is not stored twice
      keys(`${ESC}[A${ESC}[A${ESC}[A${ESC}[B\x10\x0e\x0e\x0e`),
      keys(`${ESC}[A${ESC}[A`),
      line("\r"),
      keys(`${ESC}[A`),
      line("\r"),
    ],
  },
  {
    name: "auto-indent and continuation",
    steps: [
      keys("for i in range(2):\r"),
      keys("print(i)\r"),
      keys("\r"),
      keys("\r"),
      line("\r"),
      // Backspace removes a whole indent level; a dedented line keeps no indent.
      keys("if 1:\r"),
      keys("\x7fx = 7\r"),
      line("\r"),
      // Space after auto-indent leaves one space; tab keeps the indent and stops indenting.
      keys("if 1:\r"),
      keys(" x = 8\r"),
      line("\r"),
      keys("def f():\r"),
      keys("\tif 1:\r"),
      keys("return 9\r"),
      line("\r"),
      line("f()\r"),
      // Brackets, strings and backslashes continue a line; a decorator too.
      keys("t = (1,\r"),
      line("2)\r"),
      keys("s = '''a\r"),
      line("b'''\r"),
      keys("u = 1 + \\\r"),
      line("2\r"),
      line("t, s, u\r"),
      // Ctrl-D on a continuation line ends the statement; on an indented one it deletes.
      keys("while 0:\r"),
      keys("\x04"),
      line("\x7f\x04"),
      // Tab after text indents by 4 spaces.
      keys("if 1:\r"),
      keys("\t"),
      keys("\x03"),
    ],
  },
  {
    name: "tab completion",
    steps: [
      line("import sys\r"),
      keys("sys.std\t"),
      keys("\x03sys.p\t"),
      keys("\x03sys.ver\t"),
      keys("\x03sys.version_\t"),
      keys("\x03impo\t"),
      keys("\x03import ma\t"),
      keys("\x03import sys, st\t"),
      keys("\x03import os.\t"),
      keys("\x03x = im\t"),
      keys("\x03zz.\t"),
      keys("\x03"),
      line("zz_abcdef = 1\r"),
      keys("zz\t"),
      keys("\x03__\t"),
      keys("\x03\t"),
      keys("\x03"),
    ],
  },
  {
    name: "attribute completion",
    steps: [
      line("import sys\r"),
      keys("print(sys.pl\t"),
      keys("\x03class A:\r"),
      keys("zeta = 1\r"),
      keys("def meth(self): pass\r"),
      keys("\r"),
      keys("\r"),
      line("\r"),
      keys("A.\t"),
      line("\x03a = A()\r"),
      keys("a.\t"),
      keys("\x03a.ze\t"),
      // In a continuation line; in the middle of a line; on a literal (no completion).
      keys("\x03if 1:\r"),
      keys("sys.ex\t"),
      keys(`\x03sy.x${ESC}[D${ESC}[D\t`),
      keys('\x03"abc".up\t'),
      line("\x03s = 'x'\r"),
      keys("s.up\t"),
      keys("\x03s.s\t"),
      // Long cursor moves use ESC [ n D.
      keys(`\x03abcdefghijklmnop\x01${ESC}[C${ESC}[C\x05${ESC}[1;5D\x03`),
    ],
  },
  {
    name: "ctrl keys",
    steps: [
      keys("abc\x03"),
      keys("\x03"),
      keys("while 1: pass\r"),
      keys("\x03"),
      keys("if 1:\r"),
      keys("x = 5\r"),
      keys("\x04"),
      keys("\x03"),
      line("1/0\r"),
      line("x = )\r"),
      line("print('a\\nb')\r"),
      keys("\x04"),
    ],
  },
  {
    name: "keyboard interrupt",
    steps: [
      keys("while 1: pass\r"),
      keys("\r"),
      { keys: "\x03", pause: 1.5, until: PROMPT },
      line("print('still here')\r"),
    ],
  },
  {
    name: "paste mode",
    steps: [
      keys("\x05"),
      keys("x = 1\rif x:\r    print('pasted', x)\r1 + 1\r"),
      line("\x04"),
      keys("\x05"),
      keys("print('never')\r"),
      line("\x03"),
      line("\x05\x04"),
      keys("\x05"),
      line("1/0\r\x04"),
    ],
  },
  {
    name: "raw REPL",
    steps: [
      { keys: "\x01", until: ">" },
      { keys: "print(1)\x04", until: "\x04>" },
      { keys: "1/0\x04", until: "\x04>" },
      { keys: "x = 1\x03print(3)\x04", until: "\x04>" },
      { keys: "print(1\x04", until: "\x04>" },
      { keys: "\x05B\x01", until: ">" },
      { keys: "\x05A\x01", until: "\x01" },
      { keys: "print(2)\x04", until: "\x04>" },
      { keys: "\x05A\x01", until: "\x01" },
      { keys: "print(\x03", until: "\x04>" },
      { keys: "\x01", until: ">" },
      { keys: "\x02", until: PROMPT },
      keys("\x01"),
      keys("\x04"),
    ],
  },
  {
    // What mpremote sends: interrupt, enter the raw REPL, then raw-paste a program a window
    // at a time, waiting for the \x01 that grants the next window.
    name: "mpremote exchange",
    steps: [
      keys("\r\x03\x03"),
      { keys: "\r\x01", until: "CTRL-B to exit\r\r\n>" },
      { keys: "\x05A\x01", until: "R\x01\x80\x00\x01" },
      { keys: LONG_PROGRAM.slice(0, 128), until: "\x01" },
      { keys: LONG_PROGRAM.slice(128) + "\x04", until: "\x04>" },
      { keys: "import sys\nprint(sys.platform)\x04", until: "\x04>" },
      { keys: "\x02", until: PROMPT },
    ],
  },
  {
    name: "history file",
    history: "first = 1\n\nsecond = 2\nsecond = 2\nthird = 3",
    steps: [
      keys(`${ESC}[A${ESC}[A${ESC}[A${ESC}[A`),
      line("\r"),
      line("fourth = first\r"),
      line("\r"),
      keys("\x04"),
    ],
  },
  {
    name: "exit from the REPL",
    status: true,
    steps: [
      line("import sys\r"),
      keys("sys.exit(3)\r"),
    ],
  },
  {
    name: "exit with a message",
    status: true,
    steps: [keys("raise SystemExit('bye')\r")],
  },
  {
    name: "exit with Ctrl-D",
    status: true,
    steps: [keys("x\x01\x04"), keys("\x04")],
  },
];

/** The banner's first line names the build; sessions compare everything else. */
export function normalizeScreen(screen: string): string {
  return screen.replace(/MicroPython v[^\r\n]*/g, "MicroPython <banner>");
}
