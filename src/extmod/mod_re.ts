// re: MicroPython's regular expressions (extmod/modre.c over lib/re1.5), as the unix port and
// the WebAssembly build configure them: compile/match/search/sub, compiled objects with
// match/search/split/sub, match objects with group() only (no groups/span/start/end), no
// flags (no re.DEBUG). The dialect and matcher are in re_compile.ts and re_exec.ts.
import { builtin, defineType, PyObject, type PyType, type PyValue } from "../py/obj.ts";
import { latin1 } from "../py/obj_bytes.ts";
import { IndexError, NotImplementedError, raise, ValueError } from "../py/obj_exception.ts";
import { wordInt } from "../py/obj_int.ts";
import { PyList } from "../py/obj_list.ts";
import { call, identityHash, isCallable } from "../py/runtime.ts";
import { compileRegex } from "./re_compile.ts";
import { matchAt, searchFrom } from "./re_exec.ts";
import { buildProgram, type Program } from "./re_program.ts";
import { ByteBuilder, expandTemplate, parseTemplate, type Template } from "./re_subst.ts";
import { cStringOf, pieceOf, type Subject, subjectOf, valueFromBytes } from "./re_subject.ts";

class PyRe extends PyObject {
  constructor(public prog: Program) {
    super(reType);
  }
}

class PyMatch extends PyObject {
  constructor(public subject: Subject, public caps: Int32Array) {
    super(matchType);
  }
}

// --- compiling ---------------------------------------------------------------------------

/** Compiled programs by pattern ("s" + str, or "b" + bytes as latin1), errors included: module
 * functions compile their pattern on every call. */
const programCache = new Map<string, Program | string>();
const CACHE_SIZE = 64;

function programOf(pattern: PyValue): Program {
  const re = cStringOf(pattern);
  const key = typeof pattern === "string" ? "s" + pattern : "b" + latin1(re);
  let prog = programCache.get(key);
  if (prog === undefined) {
    const bp = compileRegex(re);
    prog = typeof bp === "string" ? bp : buildProgram(bp);
    if (programCache.size >= CACHE_SIZE) programCache.clear();
    programCache.set(key, prog);
  }
  return typeof prog === "string" ? raise(ValueError, prog) : prog;
}

/** args[0] as a program: a compiled object's, or its pattern compiled now. */
function selfProgram(v: PyValue): [Program, boolean] {
  return v instanceof PyRe ? [v.prog, true] : [programOf(v), false];
}

const newCaps = (p: Program) => new Int32Array(2 * (p.nsub + 1)).fill(-1);

// --- match / search ----------------------------------------------------------------------

/** re_exec_helper: args are (pattern or compiled, string[, pos[, endpos]]); positions are
 * byte offsets and only a compiled pattern takes them. `^` still means the true start. */
function exec(anchored: boolean, args: PyValue[]): PyValue {
  const [prog, compiled] = selfProgram(args[0]);
  const subj = subjectOf(args[1]);
  const len = subj.bytes.length;
  let begin = 0;
  let end = len;
  if (compiled && args.length > 2) {
    begin = Math.min(Math.max(wordInt(args[2]), 0), len);
    if (args.length > 3) end = Math.max(Math.min(wordInt(args[3]), len), begin);
  }
  const caps = newCaps(prog);
  const found = anchored
    ? matchAt(prog, subj.bytes, begin, end, 0, caps)
    : searchFrom(prog, subj.bytes, begin, end, 0, caps);
  return found ? new PyMatch(subj, caps) : null;
}

function split(args: PyValue[]): PyValue {
  const prog = (args[0] as PyRe).prog;
  const subj = subjectOf(args[1]);
  let maxsplit = args.length > 2 ? wordInt(args[2]) : 0;
  const s = subj.bytes;
  const out: PyValue[] = [];
  const caps = newCaps(prog);
  let begin = 0;
  // An empty match ends the splitting, as does a failed one.
  while (searchFrom(prog, s, begin, s.length, 0, caps) && caps[0] !== caps[1]) {
    out.push(pieceOf(subj, begin, caps[0]));
    if (prog.nsub > 0) raise(NotImplementedError, "splitting with sub-captures");
    begin = caps[1];
    caps.fill(-1);
    if (maxsplit > 0 && --maxsplit === 0) break;
  }
  out.push(pieceOf(subj, begin, s.length));
  return new PyList(out);
}

/** re_sub_helper: args are (pattern or compiled, repl, string[, count[, flags]]). */
function sub(args: PyValue[]): PyValue {
  const [prog] = selfProgram(args[0]);
  const repl = args[1];
  const where = args[2];
  let count = args.length > 3 ? wordInt(args[3]) : 0;
  const subj = subjectOf(where);
  const s = subj.bytes;
  const caps = newCaps(prog);
  const callable = isCallable(repl);
  let template: Template | undefined; // a str/bytes repl is only looked at once needed
  let out: ByteBuilder | null = null;
  let begin = 0;
  while (searchFrom(prog, s, begin, s.length, 0, caps) && caps[0] !== caps[1]) {
    out ??= new ByteBuilder(s.length);
    out.add(s, begin, caps[0]);
    const tpl = callable
      ? parseTemplate(cStringOf(call(repl, [new PyMatch(subj, caps.slice())])))
      : (template ??= parseTemplate(cStringOf(repl)));
    expandTemplate(out, tpl, s, caps);
    begin = caps[1];
    caps.fill(-1);
    if (count > 0 && --count === 0) break;
  }
  if (out === null) return where;
  out.add(s, begin, s.length);
  return valueFromBytes(subj, out.bytes());
}

// --- types -------------------------------------------------------------------------------

const reType: PyType = defineType({
  name: "re",
  repr: (self) => `<re ${identityHash(self as PyObject).toString(16)}>`,
  methods: [
    ["match", (a) => exec(true, a), 2, 4],
    ["search", (a) => exec(false, a), 2, 4],
    ["split", split, 2, 3],
    ["sub", sub, 3, 5],
  ],
});

function group(args: PyValue[]): PyValue {
  const m = args[0] as PyMatch;
  const no = wordInt(args[1]);
  if (no < 0 || 2 * no >= m.caps.length) raise(IndexError, args[1]);
  const start = m.caps[2 * no];
  if (start < 0) return null;
  return pieceOf(m.subject, start, m.caps[2 * no + 1]);
}

const matchType: PyType = defineType({
  name: "match",
  repr: (self) => `<match num=${(self as PyMatch).caps.length / 2}>`,
  methods: [["group", group, 2, 2]],
});

export function makeReModule(): [string, PyValue][] {
  return [
    [
      "compile",
      builtin("compile", (a) => new PyRe(programOf(a[0])), 1, 2),
    ],
    ["match", builtin("match", (a) => exec(true, a), 2, 4)],
    ["search", builtin("search", (a) => exec(false, a), 2, 4)],
    ["sub", builtin("sub", sub, 3, 5)],
  ];
}
