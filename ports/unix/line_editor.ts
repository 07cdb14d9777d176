// The REPL's line editor over raw terminal bytes (MicroPython's shared/readline): history,
// emacs keys, word moves, auto-indent and tab completion, echoing the same VT100 bytes as the
// unix port so a terminal (or a test comparing screens) sees what it would see there.

/** Control keys the editor hands back to the REPL instead of editing with them. */
export const CTRL_A = 1, CTRL_B = 2, CTRL_C = 3, CTRL_D = 4, CTRL_E = 5;

/** What tab found for the text before the cursor (py/repl.c mp_repl_autocomplete). */
export type Completion =
  | { kind: "none" }
  /** Text to insert at the cursor (the rest of a unique name, or a common prefix). */
  | { kind: "insert"; text: string }
  /** Several names: the listing to print (it starts and ends with a newline). */
  | { kind: "list"; listing: string };

export type Completer = (lineBeforeCursor: string) => Completion;

/** The unix port's MICROPY_READLINE_HISTORY_SIZE. */
const HISTORY_SIZE = 50;

/** Lines entered so far, newest first, shared by every line the editor reads. */
export class History {
  readonly lines: string[] = [];

  push(line: string): void {
    if (line === "" || this.lines[0] === line) return;
    this.lines.unshift(line);
    if (this.lines.length > HISTORY_SIZE) this.lines.pop();
  }

  /** Lines from a history file (oldest first, one a line), as if entered in turn. */
  load(text: string): void {
    for (const line of text.split("\n")) this.push(line);
  }

  /** The history file's text: oldest first, each line ended by a newline. */
  save(): string {
    return this.lines.map((l) => l + "\n").reverse().join("");
  }
}

const enum Esc {
  None,
  Esc,
  Bracket,
  BracketDigit,
  O,
}

const isWordChar = (c: string) => /[A-Za-z0-9]/.test(c);

/** Cursor moves of at most 4 are backspaces, longer ones one VT100 command. */
export function cursorBack(n: number): string {
  return n <= 0 ? "" : n <= 4 ? "\b".repeat(n) : `\x1b[${n}D`;
}

const ERASE_TO_END = "\x1b[K";

/** One statement's text being edited. Earlier lines of a compound statement stay in `text`
 * (joined by "\n"); editing happens after `lineStart`. */
export class LineEditor {
  text = "";
  private lineStart = 0;
  private cursor = 0;
  private esc = Esc.None;
  private escDigit = "";
  private historyIndex = -1;
  private autoIndent = false;
  private justIndented = false;
  private prompt = "";

  constructor(
    private readonly write: (s: string) => void,
    private readonly history: History,
    private readonly complete: Completer = () => ({ kind: "none" }),
  ) {}

  /** Start a line: an empty `text` begins a new statement, else a continuation line
   * (readline_init). Prints the prompt and any auto-indent. */
  begin(prompt: string): void {
    this.lineStart = this.text.length;
    this.cursor = this.lineStart;
    this.esc = Esc.None;
    this.historyIndex = -1;
    this.prompt = prompt;
    this.write(prompt);
    if (this.text.length === 0) this.autoIndent = true;
    this.indent();
  }

  /** The line being edited (after the previous lines of the statement). */
  get currentLine(): string {
    return this.text.slice(this.lineStart);
  }

  /** Feed one input byte. Returns -1 to keep going, 0 when Enter ended the line, or a
   * control key (CTRL_A..CTRL_E) the REPL acts on. */
  feed(c: number): number {
    const before = this.text.length;
    let back = 0;
    let fromCursor = false;
    let forward = 0;
    const len = () => this.text.length;

    const home = () => (back = this.cursor - this.lineStart);
    const end = () => (forward = len() - this.cursor);
    const left = () => {
      if (this.cursor > this.lineStart) back = 1;
    };
    const right = () => {
      if (this.cursor < len()) forward = 1;
    };
    const del = () => {
      if (this.cursor < len()) {
        this.cut(this.cursor, 1);
        fromCursor = true;
      }
    };
    const wordBack = () => (back = this.wordDistance(false));
    const wordForward = () => (forward = this.wordDistance(true));
    const killWordBack = () => {
      back = this.wordDistance(false);
      this.cut(this.cursor - back, back);
      fromCursor = true;
    };
    const historyMove = (older: boolean) => {
      const lines = this.history.lines;
      if (older ? this.historyIndex + 1 >= lines.length : this.historyIndex < 0) return;
      this.historyIndex += older ? 1 : -1;
      const recalled = this.historyIndex >= 0 ? lines[this.historyIndex] : "";
      this.text = this.text.slice(0, this.lineStart) + recalled;
      back = this.cursor - this.lineStart;
      fromCursor = true;
      forward = len() - this.lineStart;
    };

    if (this.esc === Esc.None) {
      if (c >= CTRL_A && c <= CTRL_E && len() === this.lineStart) return c;
      switch (c) {
        case CTRL_A:
          home();
          break;
        case CTRL_B:
          left();
          break;
        case CTRL_C:
          return c;
        case CTRL_D:
          del();
          break;
        case CTRL_E:
          end();
          break;
        case 6: // Ctrl-F
          right();
          break;
        case 11: // Ctrl-K: kill to end of line
          this.text = this.text.slice(0, this.cursor);
          fromCursor = true;
          break;
        case 14: // Ctrl-N
          historyMove(false);
          break;
        case 16: // Ctrl-P
          historyMove(true);
          break;
        case 21: // Ctrl-U: kill to start of line
          back = this.cursor - this.lineStart;
          this.cut(this.lineStart, back);
          fromCursor = true;
          break;
        case 23: // Ctrl-W
          killWordBack();
          break;
        case 13:
          this.write("\r\n");
          this.history.push(this.currentLine);
          return 0;
        case 27:
          this.esc = Esc.Esc;
          break;
        case 8:
        case 127:
          if (this.cursor > this.lineStart) {
            // Right after indentation a backspace removes a whole level.
            const typed = this.text.slice(this.lineStart, this.cursor);
            const n = /^ {4,}$/.test(typed) ? 4 : 1;
            this.cut(this.cursor - n, n);
            back = n;
            fromCursor = true;
          }
          break;
        default:
          if (this.justIndented && (c === 9 || c === 32)) {
            // Tab or space after auto-indent turns it off: a tab keeps the indent, a space
            // leaves one space of it.
            this.autoIndent = false;
            if (c === 32) {
              back = 3;
              this.text = this.text.slice(0, -3);
            }
          } else if (c === 9) {
            const r = this.tab();
            if (r.kind === "list") {
              this.write(r.listing + this.prompt + this.text.slice(this.lineStart, this.cursor));
              fromCursor = true;
            } else if (r.kind === "insert") {
              this.insert(r.text);
              fromCursor = true;
              forward = r.text.length;
            }
          } else if (c >= 32 && c <= 126) {
            this.insert(String.fromCharCode(c));
            fromCursor = true;
            forward = 1;
          }
      }
    } else if (this.esc === Esc.Esc) {
      this.esc = Esc.None;
      const ch = String.fromCharCode(c);
      if (ch === "[") this.esc = Esc.Bracket;
      else if (ch === "O") this.esc = Esc.O;
      else if (ch === "b") wordBack();
      else if (ch === "f") wordForward();
      else if (ch === "d") {
        this.cut(this.cursor, this.wordDistance(true));
        fromCursor = true;
      } else if (c === 127) killWordBack();
    } else if (this.esc === Esc.Bracket) {
      const ch = String.fromCharCode(c);
      if (ch >= "0" && ch <= "9") {
        this.esc = Esc.BracketDigit;
        this.escDigit = ch;
      } else {
        this.esc = Esc.None;
        if (ch === "A") historyMove(true);
        else if (ch === "B") historyMove(false);
        else if (ch === "C") right();
        else if (ch === "D") left();
        else if (ch === "H") home();
        else if (ch === "F") end();
      }
    } else if (this.esc === Esc.BracketDigit) {
      const ch = String.fromCharCode(c);
      const d = this.escDigit;
      this.esc = Esc.None;
      if (ch === "~") {
        if (d === "1" || d === "7") home();
        else if (d === "4" || d === "8") end();
        else if (d === "3") del();
      } else if (ch === ";" && d === "1") {
        // Ctrl-arrows send ESC [ 1 ; 5 C: read the parameters that follow.
        this.esc = Esc.Bracket;
      } else if (d === "5" && ch === "C") wordForward();
      else if (d === "5" && ch === "D") wordBack();
    } else {
      const ch = String.fromCharCode(c);
      this.esc = Esc.None;
      if (ch === "H") home();
      else if (ch === "F") end();
    }

    this.redraw(before, back, fromCursor, forward);
    this.justIndented = false;
    return -1;
  }

  /** Echo an edit with as few bytes as the unix port sends. */
  private redraw(before: number, back: number, fromCursor: boolean, forward: number): void {
    let out = "";
    if (back > 0) {
      out += cursorBack(back);
      this.cursor -= back;
    }
    if (fromCursor) {
      if (this.text.length < before) out += ERASE_TO_END;
      out += this.text.slice(this.cursor);
      out += cursorBack(this.text.length - (this.cursor + forward));
      this.cursor += forward;
    } else if (forward > 0) {
      out += this.text.slice(this.cursor, this.cursor + forward);
      this.cursor += forward;
    }
    if (out !== "") this.write(out);
  }

  private tab(): Completion {
    const prev = this.text[this.cursor - 1];
    // After whitespace (an indent, or the start of a continuation line) tab indents.
    if (this.text.length !== 0 && prev !== undefined && /\s/.test(prev)) {
      return { kind: "insert", text: "    " };
    }
    return this.complete(this.text.slice(this.lineStart, this.cursor));
  }

  private insert(s: string): void {
    this.text = this.text.slice(0, this.cursor) + s + this.text.slice(this.cursor);
  }

  private cut(at: number, n: number): void {
    this.text = this.text.slice(0, at) + this.text.slice(at + n);
  }

  /** Distance to the start (or end) of the word before (after) the cursor. */
  private wordDistance(forward: boolean): number {
    let pos = this.cursor;
    let inWord = false;
    for (;;) {
      if (!forward && pos === 0) break;
      if (forward && pos === this.text.length) break;
      if (isWordChar(this.text[forward ? pos : pos - 1])) inWord = true;
      else if (inWord) break;
      pos += forward ? 1 : -1;
    }
    return forward ? pos - this.cursor : this.cursor - pos;
  }

  /** After a newline: indent like the previous line, one level more after a ':'; not after
   * two blank lines (readline_auto_indent). */
  private indent(): void {
    if (!this.autoIndent) return;
    const t = this.text;
    if (t.length <= 1 || t[t.length - 1] !== "\n") return;
    const start = t.lastIndexOf("\n", t.length - 2) + 1;
    let firstNonSpace = start;
    while (firstNonSpace < t.length && t[firstNonSpace] === " ") firstNonSpace++;
    if (start > 0 && firstNonSpace + 1 === t.length) {
      // The previous line is blank: stop indenting if the one before it is blank too.
      const prevStart = t.lastIndexOf("\n", start - 2) + 1;
      if (/^ *$/.test(t.slice(prevStart, start - 1)) && prevStart > 0) return;
    }
    let levels = Math.floor((firstNonSpace - start) / 4);
    if (t[t.length - 2] === ":") levels++;
    for (let i = 0; i < levels; i++) {
      this.text += "    ";
      this.write("    ");
      this.cursor += 4;
      this.justIndented = true;
    }
  }
}
