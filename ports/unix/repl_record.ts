// Records what the unix port's REPL shows for each session in repl_sessions.ts, the expected
// screens repl_test.ts compares upy's with:
//   bin/deno run -A ports/unix/repl_record.ts [path to micropython]
import { join } from "node:path";
import { normalizeScreen, SESSIONS } from "./repl_sessions.ts";
import { playSessions } from "./repl_pty.ts";
import { UNIX_PORT } from "../../src/fs/test_support.ts";

export const SCREENS_FILE = join(import.meta.dirname!, "testdata", "repl_screens.json");

if (import.meta.main) {
  const binary = Deno.args[0] ?? UNIX_PORT;
  const screens = await playSessions([binary], SESSIONS);
  const normalized: Record<string, string> = {};
  for (const s of SESSIONS) normalized[s.name] = normalizeScreen(screens[s.name]);
  Deno.writeTextFileSync(SCREENS_FILE, JSON.stringify(normalized, null, 2) + "\n");
  console.log(`recorded ${SESSIONS.length} sessions from ${binary} in ${SCREENS_FILE}`);
}
