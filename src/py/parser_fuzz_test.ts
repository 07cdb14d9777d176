// Fuzzes the front end with mutated valid programs, token soup, random bytes and deep nesting.
// Every input must either parse or raise a Python SyntaxError/IndentationError/MemoryError (plus
// NotImplementedError for \N{...} escapes, as MicroPython); never a JS exception.
import { ok as assert } from "node:assert/strict";
import { isException } from "./obj_exception.ts";
import { parse } from "./parser.ts";

const SEEDS = [
  `import a.b as c
from ..m import (x as y, z,)
from . import *
@dec
@mod.deco(1, k=2)
def f(a, b: int = 1, *args, c, d=2, **kw) -> int:
    """doc"""
    global g
    x: int = 1
    y = yield
    z = yield from g()
    w = lambda q, r=2, *s, t, **u: q + r
    return (yield x)
`,
  `async def co(a, b):
    await x
    async for i in y:
        pass
    async with a as b, c:
        pass
class A(B, metaclass=M):
    def m(self): return [i for i in range(3) if i if i > 0 for j in i]
`,
  `try:
    pass
except (A, B) as e:
    raise X from Y
except E:
    pass
except:
    pass
else:
    pass
finally:
    del a, b[1], c.d
assert x, "m"
a[::2]; a[1:2, 3]; a[...]; b = ...
x = 1 if y else 2
if (n := 10) > 5: pass
while 1 < x <= 3 != y: break
for k, *v in d.items(): continue
else: pass
`,
  `with a, b as (c, d): pass
print(*a, sep='', **kw)
g = (x for x in y)
f(x for x in y)
s = {1, 2, 3}
d = {1: 2, 'a': [3, 4]}
dc = {k: v for k, v in x}
sc = {k for k in x}
x = 0x1F + 0o17 + 0b1_01 + 1_000 + 1.5e3 + 2j + .5
b = b'a\\x00' rb'\\d' br'\\w'
t = 'a' 'b' """c
d"""
u = not a and b or c
v = -x ** -2 @ y
i += 1; j <<= 2
x = y = z = 0
*a, b = c
a, = b
`,
  `if x:
    pass
elif y:
    if z:
        w = (1,
             2)
    else:
        w = [
            3, 4,
        ]
else:
    s = f"a{x!r:>{w}} {y=} {{}} {d['k']}" f'{1 + 2:5}' rf"\\n{q}"
def gen():
    nonlocal_thing = 1
    x = 1 + \\
        2
    return x
`,
  `class P:
    def __init__(self, x=0, *, y=1):
        self.x = x
    @property
    def v(self):
        return self.x if self.x else None
    @v.setter
    def v(self, val):
        self.x = val
p = P(y=2)
print(p.v, P.__name__, [p for p in range(10)][1:-1:2], {0: 1} if 0 else {})
`,
];

const PIECES = [
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ":",
  ",",
  "=",
  "\n",
  " ",
  "    ",
  "\t",
  "'",
  '"',
  '"""',
  "'''",
  "\\",
  "#",
  "f'{",
  "}'",
  'f"{x!r:>{w}}"',
  "*",
  "**",
  "lambda",
  "if",
  "else",
  "elif",
  "for",
  "in",
  "yield",
  "not",
  ".",
  "...",
  "0x",
  "1e",
  "_",
  "j",
  "@",
  ";",
  "async",
  "await",
  ":=",
  "->",
  "!",
  "{x=}",
  "b'",
  "r'",
  "rb'",
  "\\x",
  "\\u",
  "\\N{",
  "\\U0010ffff",
  "del",
  "return",
  "def",
  "class",
  "try:",
  "except",
  "finally:",
  "with",
  "as",
  "from",
  "import",
  "global",
  "nonlocal",
  "pass",
  "\r",
  "\r\n",
  "\f",
  "\u00e9",
  "\ud800",
  "\u{1F600}",
  "0",
  "9".repeat(30),
  "1.5e+3j",
];

/** Deterministic PRNG (mulberry32). */
function prng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n: number) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296 * n) | 0;
  };
}

function mutate(src: string, rnd: (n: number) => number): string {
  let s = src;
  const n = 1 + rnd(4);
  for (let i = 0; i < n; i++) {
    const p = rnd(s.length + 1);
    switch (rnd(7)) {
      case 0: // delete a few chars
        s = s.slice(0, p) + s.slice(p + 1 + rnd(5));
        break;
      case 1: // insert a token-ish piece
        s = s.slice(0, p) + PIECES[rnd(PIECES.length)] + s.slice(p);
        break;
      case 2: { // duplicate a slice
        const q = rnd(s.length + 1);
        s = s.slice(0, p) + s.slice(Math.min(p, q), Math.min(Math.max(p, q), Math.min(p, q) + 40)) +
          s.slice(p);
        break;
      }
      case 3: // random char, sometimes outside ASCII
        s = s.slice(0, p) + String.fromCharCode(rnd(2) ? rnd(128) : rnd(0x10000)) + s.slice(p);
        break;
      case 4: { // drop a line
        const lines = s.split("\n");
        lines.splice(rnd(lines.length), 1);
        s = lines.join("\n");
        break;
      }
      case 5: { // re-indent a line
        const lines = s.split("\n");
        const l = rnd(lines.length);
        lines[l] = " ".repeat(rnd(9)) + lines[l].trimStart();
        s = lines.join("\n");
        break;
      }
      case 6: // replace a char
        s = s.slice(0, p) + PIECES[rnd(PIECES.length)] + s.slice(p + 1);
        break;
    }
  }
  return s;
}

function soup(rnd: (n: number) => number): string {
  let s = "";
  const n = rnd(40);
  for (let i = 0; i < n; i++) s += PIECES[rnd(PIECES.length)] + (rnd(3) ? " " : "");
  return s;
}

function randomBytes(rnd: (n: number) => number): string {
  let s = "";
  const n = rnd(60);
  for (let i = 0; i < n; i++) s += String.fromCharCode(rnd(256));
  return s;
}

function deep(rnd: (n: number) => number): string {
  const opens = ["(", "[", "{", "f(", "-", "not ", "lambda:", "a[", "(yield ", "{1:"];
  const closes = [")", "]", "}", ")", "", "", "", "]", ")", "}"];
  const k = rnd(opens.length);
  const n = rnd(2) ? rnd(200) : 1000 + rnd(20000);
  const body = "x = " + opens[k].repeat(n) + "1" + closes[k].repeat(rnd(4) ? n : rnd(n + 1));
  if (rnd(4) === 0) {
    // deeply nested blocks
    let b = "";
    for (let i = 0; i < n % 300; i++) b += " ".repeat(i) + "if x:\n";
    return b + " ".repeat(n % 300) + "pass\n";
  }
  return body;
}

const ALLOWED = new Set(["SyntaxError", "IndentationError", "MemoryError"]);

function check(src: string): void {
  try {
    parse(src, "<fuzz>");
  } catch (e) {
    if (!isException(e)) {
      throw new Error(`JS exception for ${JSON.stringify(src.slice(0, 300))}: ${e}`);
    }
    const name = e.type.name;
    const ok = ALLOWED.has(name) ||
      (name === "NotImplementedError" && String(e.args.items[0]) === "unicode name escapes");
    assert(ok, `unexpected ${name} for ${JSON.stringify(src.slice(0, 300))}`);
    if (name !== "MemoryError" && name !== "NotImplementedError") {
      const tb = e.traceback[0];
      assert(tb && tb.file === "<fuzz>" && tb.line >= 1, "syntax errors carry a location");
    }
  }
}

Deno.test("fuzz: mutated seeds, token soup, random bytes and deep nesting", () => {
  const rnd = prng(0x5eed);
  for (const s of SEEDS) parse(s, "<seed>"); // the seeds themselves are valid
  let n = 0;
  for (; n < 9000; n++) check(mutate(SEEDS[rnd(SEEDS.length)], rnd));
  for (let i = 0; i < 1500; i++, n++) check(soup(rnd));
  for (let i = 0; i < 1000; i++, n++) check(randomBytes(rnd));
  for (let i = 0; i < 200; i++, n++) check(deep(rnd));
  assert(n >= 10000);
});
