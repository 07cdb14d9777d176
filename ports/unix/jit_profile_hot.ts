// `upy cross --hot PROFILE`: find the profile's functions in the module being compiled and compile
// them as if decorated @micropython.native. The mark is that decorator, added to the syntax tree
// (no compiler hook: the compiler already treats it as a directive, not a call). A function the
// native emitter refuses is found from the compile error and compiled again as bytecode.
import type { Expr, FunctionDef, Module } from "../../src/py/ast.ts";
import { directiveOf, dottedName } from "../../src/py/compiler_directives.ts";
import { formatException, toPyException } from "../../src/py/obj_exception.ts";
import type { HotFunction } from "./jit_profile.ts";

/** A `def` of the module with the lines a profile entry may name. */
export interface DefSpan {
  node: FunctionDef;
  /** First line of the statement (its first decorator's, as the parser records it). */
  start: number;
  /** Line of the first body statement: the profile records a line at or after it. */
  bodyStart: number;
  /** Last line of the function. */
  end: number;
}

const baseName = (path: string) => path.slice(path.replace(/\\/g, "/").lastIndexOf("/") + 1);

/** The profile entries about one module: those naming its real path, else those naming a file
 * of the same base name (a profile made from another checkout or path). */
export function entriesForModule(
  profile: HotFunction[],
  module: { realPath?: string; name: string },
): HotFunction[] {
  const exact = profile.filter((f) => module.realPath !== undefined && f.file === module.realPath);
  if (exact.length > 0) return exact;
  const base = baseName(module.name);
  return profile.filter((f) => baseName(f.file) === base);
}

/** Every `def` in the module, nested ones included, in source order. */
export function defSpans(mod: Module): DefSpan[] {
  const spans: DefSpan[] = [];
  /** The last line in `node` (0 for none), recording each def on the way. */
  const lastLine = (node: unknown): number => {
    if (node === null || typeof node !== "object") return 0;
    let last = (node as { line?: number }).line ?? 0;
    for (const v of Object.values(node)) last = Math.max(last, lastLine(v));
    if ((node as { k?: string }).k === "funcdef") {
      const def = node as FunctionDef;
      spans.push({
        node: def,
        start: def.line,
        bodyStart: def.body[0]?.line ?? def.line,
        end: last,
      });
    }
    return last;
  };
  lastLine(mod.body);
  return spans.sort((a, b) => a.start - b.start);
}

/** Names of the module's classes, nested ones included. */
function classNames(mod: Module): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    const n = node as { k?: string; name?: string };
    if (n.k === "classdef" && n.name) names.add(n.name);
    for (const v of Object.values(node)) visit(v);
  };
  visit(mod.body);
  return names;
}

/** The def a profile entry names: same name, line within its body; the innermost if several. */
export function findDef(spans: DefSpan[], f: HotFunction): DefSpan | undefined {
  let best: DefSpan | undefined;
  for (const s of spans) {
    if (s.node.name !== f.name || f.line < s.bodyStart || f.line > s.end) continue;
    if (!best || s.end - s.start < best.end - best.start) best = s;
  }
  return best;
}

/** The @micropython.<kind> directive a def already has, if any. */
function directive(node: FunctionDef): string | undefined {
  for (const d of node.decorators) {
    const dotted = dottedName(d);
    const kind = dotted && directiveOf(dotted);
    if (kind) return kind;
  }
  return undefined;
}

export interface HotPlan {
  /** Defs to compile as native. */
  marked: DefSpan[];
  /** One line each: entries not found, defs whose own directive wins. */
  notes: string[];
}

/** Which defs of `mod` the entries make native. `file` names the module in notes. */
export function planHot(mod: Module, entries: HotFunction[], file: string): HotPlan {
  const spans = defSpans(mod);
  const classes = classNames(mod);
  const marked = new Set<DefSpan>();
  const notes: string[] = [];
  for (const f of entries) {
    if (f.name.startsWith("<")) continue;
    const s = findDef(spans, f);
    // -X jit=eager also compiles class bodies (run once, never native): nothing to do.
    if (!s && classes.has(f.name)) continue;
    if (!s) {
      notes.push(`${file}: hot function '${f.name}' (line ${f.line}) not found; stale profile?`);
      continue;
    }
    const own = directive(s.node);
    if (own) {
      // An explicit @micropython.<kind> is the author's choice (native/viper already are).
      if (own === "bytecode") notes.push(`${file}:${s.start}: '${f.name}' stays @bytecode`);
      continue;
    }
    marked.add(s);
  }
  return { marked: spans.filter((s) => marked.has(s)), notes };
}

function nativeDecorator(line: number): Expr {
  return { k: "attr", line, value: { k: "name", line, id: "micropython" }, attr: "native" };
}

/** `compile` with the marked defs decorated @micropython.native, restoring the tree after. */
function withMarks<R>(marked: DefSpan[], compile: () => R): R {
  const saved = marked.map((s) => s.node.decorators);
  for (const s of marked) s.node.decorators = [...s.node.decorators, nativeDecorator(s.start)];
  try {
    return compile();
  } finally {
    marked.forEach((s, i) => s.node.decorators = saved[i]);
  }
}

/** The exception's last line, e.g. "NotImplementedError: too many locals for native method". */
function errorLine(e: unknown): string {
  const lines = formatException(toPyException(e)).trimEnd().split("\n");
  return lines[lines.length - 1];
}

/** The marked def a compile error comes from: its traceback names the scope and line. */
function culprit(marked: DefSpan[], e: unknown): DefSpan | undefined {
  let where;
  try {
    where = toPyException(e).traceback.at(-1);
  } catch {
    return undefined;
  }
  if (!where) return undefined;
  let best: DefSpan | undefined;
  for (const s of marked) {
    if (where.line < s.start || where.line > s.end) continue;
    if (where.block && where.block !== s.node.name) continue;
    if (!best || s.end - s.start < best.end - best.start) best = s;
  }
  return best;
}

/**
 * Compile with the marked defs native. A def the native emitter refuses is left as bytecode and
 * reported through `refused`; found from the error's scope and line, or else by compiling with
 * each def marked alone. An error that also happens without marks is the module's own: thrown.
 */
export function compileHot<R>(
  marked: DefSpan[],
  compile: () => R,
  refused: (s: DefSpan, why: string) => void,
): R {
  let left = [...marked];
  for (;;) {
    if (left.length === 0) return compile();
    try {
      return withMarks(left, compile);
    } catch (e) {
      const one = culprit(left, e);
      if (one) {
        refused(one, errorLine(e));
        left = left.filter((s) => s !== one);
        continue;
      }
      compile(); // the module's own error is thrown here
      const bad = left.filter((s) => {
        try {
          withMarks([s], compile);
          return false;
        } catch (e1) {
          refused(s, errorLine(e1));
          return true;
        }
      });
      // Each compiles alone but not together: give up on all of them, with the first error.
      if (bad.length === 0) { for (const s of left) refused(s, errorLine(e)); }
      left = bad.length === 0 ? [] : left.filter((s) => !bad.includes(s));
    }
  }
}
