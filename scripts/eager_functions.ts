// Start-up: V8 compiles a function on its first call, and Deno's code cache holds only what V8
// compiled when the module was loaded: top-level code and parenthesized function expressions.
// So every function a short program runs (the lexer, the compiler, the VM loop...) is compiled
// again on every start, about 6 ms for `print(1)`. This rewrites the bundle's top-level
// function declarations that a run of SAMPLE executed as parenthesized expressions, which V8
// compiles eagerly, so the code cache keeps them:
//
//   function f(a){...}     becomes     var f=(function f(a){...});   at the top of the file
//
// A declaration is hoisted: initialised before any code of its module runs. The var is set
// first thing in the module's evaluation instead, before any other code of that module too; the
// one difference, a call from a module evaluated earlier, needs an import cycle between chunks,
// and the build checks there is none.
import { parse } from "acorn";

/** The program whose run decides what is compiled eagerly: small, and typical of a script. */
export const SAMPLE = `
def f(n):
    s = 0
    for i in range(n):
        s += i
    return s
class A:
    def __init__(self, x):
        self.x = x
try:
    print(f(10), A(2).x, [1, 2], {"a": 1}, "%d" % 3, f"{4}")
except Exception as e:
    print(e)
`;

/** What SAMPLE prints. */
export const SAMPLE_OUTPUT = "45 2 [1, 2] {'a': 1} 3 4\n";

interface Coverage {
  url: string;
  functions: { ranges: { startOffset: number; count: number }[] }[];
}

/** Start offsets of the functions each file ran, from `deno run --coverage` output. */
export function executedFunctions(covDir: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const e of Deno.readDirSync(covDir)) {
    const cov = JSON.parse(Deno.readTextFileSync(`${covDir}/${e.name}`)) as Coverage;
    if (!cov.url.startsWith("file:")) continue;
    const name = cov.url.slice(cov.url.lastIndexOf("/") + 1);
    const starts = new Set<number>();
    for (const f of cov.functions.slice(1)) {
      if (f.ranges[0].count > 0) starts.add(f.ranges[0].startOffset);
    }
    out.set(name, starts);
  }
  return out;
}

interface FunctionNode {
  type: string;
  start: number;
  end: number;
  async?: boolean;
  generator?: boolean;
  id?: { name: string } | null;
}

/** `js` with its executed top-level function declarations made eager (see above). */
export function makeEager(js: string, executed: ReadonlySet<number>): string {
  const program = parse(js, { ecmaVersion: "latest", sourceType: "module" }) as unknown as {
    body: FunctionNode[];
  };
  const moved = program.body.filter((n) =>
    n.type === "FunctionDeclaration" && !n.async && !n.generator && n.id &&
    executed.has(n.start)
  );
  if (moved.length === 0) return js;
  const defs: string[] = [];
  let rest = "";
  let pos = 0;
  for (const n of moved) {
    rest += js.slice(pos, n.start);
    pos = n.end;
    defs.push(`var ${n.id!.name}=(${js.slice(n.start, n.end)});`);
  }
  rest += js.slice(pos);
  // Import declarations may follow: they are hoisted wherever they stand.
  return defs.join("") + "\n" + rest;
}

/** The relative imports between the bundle's files form no cycle (see above). */
export function acyclic(imports: ReadonlyMap<string, readonly string[]>): boolean {
  const state = new Map<string, "open" | "done">();
  const visit = (f: string): boolean => {
    const s = state.get(f);
    if (s === "done") return true;
    if (s === "open") return false;
    state.set(f, "open");
    for (const g of imports.get(f) ?? []) if (!visit(g)) return false;
    state.set(f, "done");
    return true;
  };
  return [...imports.keys()].every(visit);
}
