// Tab completion in the REPL (py/repl.c mp_repl_autocomplete): names of __main__, attributes
// along an `a.b.c` chain, built-in module names after `import`, and "import " itself.
import type { Completion } from "./line_editor.ts";
import { dirOf } from "../../src/py/builtins_core.ts";
import { lookupAttr } from "../../src/py/runtime.ts";
import type { PyValue } from "../../src/py/obj.ts";

/** Where names come from: an object to look attributes up on, or the built-in modules. */
export type CompletionSource = { object: PyValue } | { modules: readonly string[] };

/** Names are printed in columns 16 wide, lines at most 64. */
const SLOT = 16;
const LINE = 4 * SLOT;

/** The listing printed for several candidates: each line starts with a newline, and a newline
 * ends it. */
export function formatCandidates(names: readonly string[]): string {
  let out = "";
  let lineLen = LINE; // forces a newline before the first name
  for (const name of names) {
    let gap = Math.ceil(lineLen / SLOT) * SLOT - lineLen;
    if (gap < 2) gap += SLOT;
    if (lineLen + gap + name.length <= LINE) {
      out += " ".repeat(gap) + name;
      lineLen += gap + name.length;
    } else {
      out += "\n" + name;
      lineLen = name.length;
    }
  }
  return out + "\n";
}

function attribute(obj: PyValue, name: string): PyValue | undefined {
  try {
    return lookupAttr(obj, name);
  } catch {
    return undefined;
  }
}

/** Complete the word before the cursor. `main` is __main__, `modules` the names `import` can
 * find built in. */
export function completeLine(
  line: string,
  main: PyValue,
  modules: readonly string[],
): Completion {
  // The "a.b.c" chain that ends at the cursor.
  const m = /[A-Za-z0-9_.]*$/.exec(line)!;
  const chain = line.slice(m.index);
  const firstWord = m.index === 0;
  const parts = chain.split(".");
  const prefix = parts.pop()!;
  const isImport = /^import /.test(line);

  let candidates: string[];
  if (isImport && parts.length === 0) {
    candidates = [...modules].sort();
  } else if (isImport) {
    return { kind: "none" };
  } else {
    let obj: PyValue | undefined = main;
    for (const part of parts) {
      obj = attribute(obj, part);
      if (obj === undefined) return { kind: "none" };
    }
    candidates = dirOf(obj);
  }
  // Private names are offered only for a prefix that asks for them.
  const matches = candidates.filter((n) =>
    n.startsWith(prefix) && (prefix !== "" || !n.startsWith("_"))
  );
  if (matches.length === 0) {
    const word = "import ";
    if (firstWord && parts.length === 0 && prefix.length > 0 && word.startsWith(prefix)) {
      return { kind: "insert", text: word.slice(prefix.length) };
    }
    return { kind: "none" };
  }
  let common = matches[0];
  for (const n of matches) {
    let i = prefix.length;
    while (i < common.length && i < n.length && common[i] === n[i]) i++;
    common = common.slice(0, i);
  }
  if (matches.length === 1 || common.length > prefix.length) {
    return { kind: "insert", text: common.slice(prefix.length) };
  }
  return { kind: "list", listing: formatCandidates(matches) };
}
