// The hot-function profile: `upy -X jitprofile=FILE` writes, at exit, the functions the JavaScript
// tier compiled (the ones the run found hot); `upy cross --hot FILE` compiles those functions of a
// module as native code. The file is JSON:
//   {"upy_profile": 1, "functions": [{"file": "/abs/app.py", "line": 6, "name": "fib"}, ...]}
// `file` is the module's real path when it exists on disk (else the name the run gave it, such as
// "<stdin>"), so cross can match it from any directory; cross also matches on the base name.
// `line` is the line of the function's first bytecode (its first body statement, not the def
// line: that is what the bytecode records). Only `def` functions are listed: comprehensions,
// lambdas and module/class bodies (names in <...>) can't be singled out in the source.
import type { Interpreter } from "../../src/py/interpreter.ts";
import { errorText, writeFileAtomic } from "./cross.ts";

export const PROFILE_VERSION = 1;

export interface HotFunction {
  file: string;
  line: number;
  name: string;
}

/** The functions the run compiled, in compile order, each once. */
export function hotFunctions(interp: Interpreter): HotFunction[] {
  const seen = new Set<string>();
  const list: HotFunction[] = [];
  for (const code of interp.state.jitCompiled) {
    if (code.name.startsWith("<")) continue;
    const f = { file: realPath(code.ctx.file), line: code.lineOf(code.ip0), name: code.name };
    const key = `${f.file}\0${f.line}\0${f.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    list.push(f);
  }
  return list;
}

function realPath(file: string): string {
  if (file.startsWith("<")) return file;
  try {
    return Deno.realPathSync(file);
  } catch {
    return file;
  }
}

/** The profile text: one function per line, so profiles diff well. */
export function profileText(functions: HotFunction[]): string {
  const rows = functions.map((f) =>
    `    {"file": ${JSON.stringify(f.file)}, "line": ${f.line}, "name": ${JSON.stringify(f.name)}}`
  );
  const list = rows.length ? `[\n${rows.join(",\n")}\n  ]` : "[]";
  return `{\n  "upy_profile": ${PROFILE_VERSION},\n  "functions": ${list}\n}\n`;
}

/** Write the profile of `interp` to `path` (temp file + rename); returns an error line or "". */
export function writeJitProfile(interp: Interpreter, path: string): string {
  try {
    writeFileAtomic(path, new TextEncoder().encode(profileText(hotFunctions(interp))));
    return "";
  } catch (e) {
    return `upy: can't write jit profile '${path}': ${errorText(e)}`;
  }
}

/** A profile file that can't be used: the message is the one line cross prints. */
export class ProfileError extends Error {}

/** Parse and check a profile's text; `path` names it in errors. */
export function parseProfile(text: string, path: string): HotFunction[] {
  const bad = (why: string) => new ProfileError(`bad profile '${path}': ${why}`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw bad("not valid JSON");
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw bad("not a JSON object");
  }
  const o = data as Record<string, unknown>;
  if (o.upy_profile !== PROFILE_VERSION) {
    throw bad(`"upy_profile" is ${JSON.stringify(o.upy_profile)}, expected ${PROFILE_VERSION}`);
  }
  if (!Array.isArray(o.functions)) throw bad(`"functions" is not a list`);
  return o.functions.map((f: unknown, i: number): HotFunction => {
    const e = f as Record<string, unknown> | null;
    const ok = e !== null && typeof e === "object" && typeof e.file === "string" &&
      typeof e.name === "string" && Number.isInteger(e.line) && (e.line as number) > 0;
    if (!ok) throw bad(`functions[${i}] needs "file" (text), "line" (1 or more), "name" (text)`);
    return { file: e.file as string, line: e.line as number, name: e.name as string };
  });
}

/** Read a profile file; a missing or malformed file is a ProfileError. */
export function readProfile(path: string): HotFunction[] {
  let text: string;
  try {
    text = Deno.readTextFileSync(path);
  } catch (e) {
    throw new ProfileError(`can't open profile '${path}': ${errorText(e)}`);
  }
  return parseProfile(text, path);
}
