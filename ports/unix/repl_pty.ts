// Plays REPL sessions (repl_sessions.ts) on a program under a pseudo-terminal, through
// python3's pty module (testdata/repl_pty.py): the screen bytes each session produced.
import { join } from "node:path";
import type { Session } from "./repl_sessions.ts";

const DRIVER = join(import.meta.dirname!, "testdata", "repl_pty.py");

/** Can this machine run the driver (python3 with the pty module)? */
export function havePty(): boolean {
  try {
    const r = new Deno.Command("python3", { args: ["-c", "import pty"], stderr: "null" })
      .outputSync();
    return r.success;
  } catch {
    return false;
  }
}

/** Screen bytes (as latin-1 text) of each session, by name; `parallel` sessions at once. */
export async function playSessions(
  argv: string[],
  sessions: readonly Session[],
  parallel = 1,
): Promise<Record<string, string>> {
  const child = new Deno.Command("python3", {
    args: [DRIVER],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const w = child.stdin.getWriter();
  await w.write(new TextEncoder().encode(JSON.stringify({ argv, sessions, parallel })));
  await w.close();
  const r = await child.output();
  if (!r.success) throw new Error("pty driver failed: " + new TextDecoder().decode(r.stderr));
  return JSON.parse(new TextDecoder().decode(r.stdout));
}
