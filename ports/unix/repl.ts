// The interactive prompt (py/repl.c, shared/readline): line editing and history from
// node:readline, MicroPython's continuation rules and auto-indent.
import * as readline from "node:readline";
import process from "node:process";

export interface ReplHooks {
  /** Compile and run one complete input; prints its own output and errors. */
  execute(source: string): Promise<void>;
  /** Interrupt the running program (Ctrl-C while executing). */
  interrupt(): void;
  banner: string;
}

/** Does the REPL need another line before `source` can be compiled (mp_repl_continue_with_input)? */
export function needsContinuation(source: string): boolean {
  if (source.length === 0) return false;
  const lines = source.split("\n");
  // A compound statement ends with an empty line.
  if (lines.length > 1) return lines[lines.length - 1].trim() !== "";
  let depth = 0;
  let quote = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === "\\") i++;
      else if (source.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = "";
      }
      continue;
    }
    if (c === "#") {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (c === "'" || c === '"') {
      quote = source.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      if (quote.length === 3) i += 2;
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
  }
  if (quote.length === 3 || depth > 0) return true;
  const last = lines[lines.length - 1].replace(/#.*$/, "").trimEnd();
  return last.endsWith(":") || last.endsWith("\\") || /^\s*@/.test(last);
}

/** Indentation to offer on the next continuation line (auto-indent). */
export function nextIndent(source: string): string {
  const lines = source.split("\n");
  const last = lines[lines.length - 1];
  const indent = /^\s*/.exec(last)![0];
  return last.replace(/#.*$/, "").trimEnd().endsWith(":") ? indent + "    " : indent;
}

export async function runRepl(hooks: ReplHooks): Promise<void> {
  const stdout = process.stdout;
  stdout.write(hooks.banner + "\n");
  const rl = readline.createInterface({
    input: process.stdin,
    output: stdout,
    terminal: process.stdin.isTTY ?? false,
    historySize: 100,
  });
  let pending = "";
  let running = false;
  let closed = false;
  const lineQueue: string[] = [];
  let wake: (() => void) | undefined;

  rl.on("line", (line) => {
    lineQueue.push(line);
    wake?.();
  });
  rl.on("close", () => {
    closed = true;
    wake?.();
  });
  rl.on("SIGINT", () => {
    if (running) hooks.interrupt();
    else {
      stdout.write("\nKeyboardInterrupt\n");
      pending = "";
      rl.setPrompt(">>> ");
      rl.prompt();
    }
  });

  const nextLine = async (): Promise<string | undefined> => {
    while (lineQueue.length === 0) {
      if (closed) return undefined;
      await new Promise<void>((r) => (wake = r));
      wake = undefined;
    }
    return lineQueue.shift();
  };

  rl.setPrompt(">>> ");
  rl.prompt();
  for (;;) {
    const line = await nextLine();
    if (line === undefined) break;
    pending = pending === "" ? line : pending + "\n" + line;
    if (needsContinuation(pending)) {
      rl.setPrompt("... ");
      rl.prompt();
      if (rl.terminal) rl.write(nextIndent(pending));
      continue;
    }
    const source = pending;
    pending = "";
    if (source.trim() !== "") {
      running = true;
      try {
        await hooks.execute(source);
      } finally {
        running = false;
      }
    }
    rl.setPrompt(">>> ");
    rl.prompt();
  }
  if (rl.terminal) stdout.write("\n");
  rl.close();
}
