// The JavaScript tier's code generator: one bytecode function becomes one JavaScript function
// whose locals and value-stack slots are JavaScript variables. Basic blocks are the cases of
// a `switch (pc)` inside a loop, so the function can start at its entry or at any block
// (on-stack replacement from the interpreter at a loop header). Every operation keeps the
// interpreter's fast paths inline and falls back to the same runtime calls, so the result is
// the same program, minus dispatch and operand decoding.
// Exception handlers: the handler entries open at each instruction are static (analyze.ts), so
// a catch around the dispatch loop jumps to the one an exception reaches (hx). A finally block
// that a return or break/continue entered keeps the value or target beside the stack (rv,
// ud<k>), where the interpreter keeps it below the marker; parking puts it back there.
import { Op, ScopeFlag, UNWIND_COUNT_MASK } from "../py/bytecode.ts";
import type { Code } from "../py/vm_prelude.ts";
import { activeHandler, type Analysis, type At } from "./analyze.ts";

const MAX_SAFE = "9007199254740991";
const VARARGS = ScopeFlag.VARARGS;
export const UNDERFLOW = "STACK_UNDERFLOW";
const VARKEYWORDS = ScopeFlag.VARKEYWORDS;

/** Opcodes that push a constant: its value as JavaScript (None is null, NULL undefined). */
const CONSTANT_PUSHES: ReadonlyMap<number, string> = new Map([
  [Op.LOAD_CONST_FALSE, "false"],
  [Op.LOAD_CONST_NONE, "null"],
  [Op.LOAD_CONST_TRUE, "true"],
  [Op.LOAD_NULL, "undefined"],
]);

/** Compare ops 0-5 (<, >, ==, <=, >=, !=) as JavaScript operators. */
const COMPARE = ["<", ">", "===", "<=", ">=", "!=="];

/** JavaScript source for `code`; the factory takes (R, K) and returns the compiled function. */
export function emitJs(code: Code, a: Analysis, nClosed: number): string {
  const out: string[] = [];
  const nL = a.nLocals;
  const nArgs = code.nPos - nClosed;
  const L = (i: number) => `l${i}`;
  // A slot below the stack is a layout the analysis did not foresee: compileJs refuses the
  // code if one is used.
  const S = (i: number) => i < 0 ? UNDERFLOW : `s${i}`;
  const params: string[] = [];
  for (let i = 0; i < nArgs; i++) params.push(`a${i}`);
  const lineAt = (ip: number) => code.lineOf(ip);
  // Argument slots are always bound (call mode assigns them, bindArgs fills a frame), unless
  // the function deletes one: loads of the others need no unbound-local check.
  const nArgSlots = code.nPos + code.nKwonly + ((code.scopeFlags & VARARGS) ? 1 : 0) +
    ((code.scopeFlags & VARKEYWORDS) ? 1 : 0);
  const deleted = new Set(a.instrs.filter((i) => i.op === Op.DELETE_FAST).map((i) => i.arg));
  const cellSlots = new Set(code.cells);
  const load = (dst: string, slot: number) =>
    slot < nArgSlots && !deleted.has(slot) && !cellSlots.has(slot)
      ? `${dst} = ${L(slot)};`
      : `if ((${dst} = ${L(slot)}) === undefined) UB();`;
  const w = (s: string) => out.push(s);

  const su = a.setups;
  const depthAt = new Map(a.instrs.map((i) => [i.ip, i.depth]));
  const excAt = new Map(a.instrs.map((i) => [i.ip, i.exc]));

  /** Save the state and give up to the interpreter, resuming at `ip` with `depth` slots and
   * the handler entries `exc` open (handler, marker slot, is-finally, prevExc, jump target:
   * R.park rebuilds them as SETUP_* made them). */
  const park = (ip: number, opIp: number, depth: number, exc: number[] = excAt.get(ip) ?? []) => {
    const ls: string[] = [];
    for (let i = 0; i < nL; i++) ls.push(L(i));
    const ss: string[] = [];
    for (let i = 0; i < depth; i++) ss.push(S(i));
    const es = exc.map((k) => `${su[k].handler},${su[k].marker},${su[k].isFinally},e${k},ud${k}`);
    const excArg = es.length > 0 ? `, [${es.join(",")}], rv` : "";
    return `return R.park(fn, f, ${ip}, ${opIp}, [${ls.join(",")}], [${ss.join(",")}]${excArg});`;
  };

  w(`"use strict";`);
  w(`const {PyFunction, PyFloat, FT, PyList, PyRangeIter, PySeqIter, PyCell, PyTuple, PyDict,`);
  w(`  DT, PySlice, B, U, truthy, getAttr, setAttr, loadMethod, getItem, setItem, delItem,`);
  w(`  getIter, tuple, newSet, T, L, DEOPT, MD, UB} = R;`);
  w(`const code = K.code, Q = K.qstrs, C = K.consts;`);
  // A generator's body becomes a JavaScript generator, driven by vm.ts resumeCompiled.
  const star = code.isGenerator ? "*" : "";
  w(`return function${star} ${jsName(code.name)}(fn, f${params.map((p) => ", " + p).join("")}) {`);
  const lv: string[] = [];
  for (let i = 0; i < nL; i++) lv.push(L(i));
  for (let i = 0; i < a.maxDepth; i++) lv.push(S(i));
  // Per handler entry: e<k> its prevExc (what a bare `raise` re-raises), ud<k> where a
  // break/continue through a finally goes on to; rv a return's value while finally blocks
  // run; hx the handler an exception here reaches; nt: the next throw re-raises (no line).
  for (let k = 0; k < su.length; k++) lv.push(`e${k}`, `ud${k}`);
  w(`let ${[...lv, "t", "u", "v", "x", "pc", "G", "LOC", "SF", "rv"].join(", ")};`);
  w(`let o = ${code.ip0}, hx = -1, nt = false;`);
  w(`const S = R.st();`);
  w(`if (f === undefined) {`);
  w(`if (++S.depth > L.maxDepth) { S.depth--; R.recursion(); }`);
  w(`G = fn.globals; SF = fn.jitScope !== undefined ? fn.jitScope : R.scope(fn);`);
  if (nClosed > 0) {
    w(`const cl = fn.closure;`);
    for (let i = 0; i < nClosed; i++) w(`${L(i)} = cl[${i}];`);
  }
  for (let i = 0; i < nArgs; i++) w(`${L(nClosed + i)} = a${i};`);
  const firstDef = code.nPos - code.nDefPos;
  for (let i = Math.max(firstDef, nClosed); i < code.nPos; i++) {
    w(`if (${L(i)} === undefined) ${L(i)} = fn.defaults[${i - firstDef}];`);
  }
  for (const c of code.cells) w(`${L(c)} = new PyCell(${L(c)});`);
  w(`pc = -1;`);
  w(`} else {`);
  w(`G = f.globals; LOC = f.locals; SF = f; const r = f.regs;`);
  for (let i = 0; i < nL; i++) w(`${L(i)} = r[${i}];`);
  for (let i = 0; i < a.maxDepth; i++) w(`${S(i)} = r[${code.nState + i}];`);
  if (su.length > 0) {
    // Entries the interpreter opened (jitCanEnter checked they are the ones open at f.ip).
    w(`for (let i = 0; i < f.excSp; i++) switch (f.exc[i].handler) {`);
    for (let k = 0; k < su.length; k++) {
      w(`case ${su[k].handler}: e${k} = f.exc[i].prevExc; break;`);
    }
    w(`}`);
  }
  w(`pc = f.ip;`);
  w(`}`);
  w(`for (;;) {`);
  w(`try {`);
  w(`for (;;) switch (pc) {`);
  // Call mode starts with the interpreter's call checkpoint.
  w(`case -1: if (--T.t <= 0 && R.tick(false)) ${park(code.ip0, code.ip0, 0)}`);

  let line = -1;
  let handler = -1;
  for (const at of a.instrs) {
    const block = a.starts.has(at.ip);
    if (block) {
      w(`case ${at.ip}:`); // a block falls through into the next one's case
      line = -1;
    }
    const l = lineAt(at.ip);
    if (l !== line) {
      w(`o = ${at.ip};`);
      line = l;
    }
    const h = activeHandler(a, at);
    if (su.length > 0 && (block || h !== handler)) w(`hx = ${h};`);
    handler = h;
    emitOp(at);
  }
  w(`default: throw R.badPc(pc);`);
  w(`}`);
  w(`} catch (e) {`);
  // The traceback line, then the handler the exception reaches here (py/vm.c's unwinding).
  w(`x = R.caught(e, code, o, nt); nt = false;`);
  if (su.length > 0) {
    w(`switch (hx) {`);
    for (let k = 0; k < su.length; k++) {
      w(`case ${k}: e${k} = x; S.curException = x; ${S(su[k].marker)} = x; pc = ${
        su[k].handler
      }; continue;`);
    }
    w(`}`);
  }
  w(`if (f === undefined) S.depth--;`);
  w(`throw x;`);
  w(`}`);
  w(`}`);
  w(`};`);
  return out.join("\n");

  /** Emit one instruction. */
  function emitOp(at: At): void {
    const op = at.op;
    const d = at.depth;
    const top = S(d - 1);
    const push = S(d);
    const next = at.ip + at.size;
    if (op >= 0x70 && op <= 0xaf) {
      w(`${push} = ${op - 0x80};`);
      return;
    }
    if (op >= 0xb0 && op <= 0xbf) {
      w(load(push, op - 0xb0));
      return;
    }
    if (op >= 0xc0 && op <= 0xcf) {
      w(`${L(op - 0xc0)} = ${top};`);
      return;
    }
    if (op >= 0xd0 && op <= 0xd3) {
      emitUnary(op - 0xd0, top);
      return;
    }
    if (op >= 0xd7 && op <= 0xf9) {
      emitBinary(op - 0xd7, S(d - 2), top, S(d - 2));
      return;
    }
    const q = () => `Q[${at.arg}]`;
    const constant = CONSTANT_PUSHES.get(op);
    if (constant !== undefined) {
      w(`${push} = ${constant};`);
      return;
    }
    switch (op) {
      case Op.LOAD_CONST_STRING:
        w(`${push} = ${JSON.stringify(code.ctx.qstrs[at.arg])};`);
        return;
      case Op.LOAD_NAME:
        w(`${push} = R.loadName(LOC, G, ${q()});`);
        return;
      case Op.LOAD_GLOBAL:
        w(`if ((${push} = G.get(${q()})) === undefined) ${push} = R.loadBuiltin(${q()});`);
        return;
      case Op.LOAD_ATTR:
        // An instance's own attribute, as lookupAttr finds it first for a type without a
        // getattr slot; anything else the runtime's way.
        w(`if (typeof (x = ${top}) === "object" && x !== null && x.dict !== undefined && x.type.getAttr === undefined && (v = x.dict.get(${q()})) !== undefined) ${top} = v;`);
        w(`else ${top} = getAttr(x, ${q()});`);
        return;
      case Op.LOAD_METHOD:
        w(`loadMethod(${top}, ${q()}, MD); ${top} = MD[0]; ${push} = MD[1];`);
        return;
      case Op.LOAD_SUPER_METHOD:
        w(`R.superMethod(${S(d - 2)}, ${top}, ${q()}, MD); ${S(d - 3)} = MD[0]; ${
          S(d - 2)
        } = MD[1];`);
        return;
      case Op.STORE_NAME:
        w(`(LOC !== undefined ? LOC : G).set(${q()}, ${top});`);
        return;
      case Op.STORE_GLOBAL:
        w(`G.set(${q()}, ${top});`);
        return;
      case Op.STORE_ATTR:
        w(`setAttr(${top}, ${q()}, ${S(d - 2)});`);
        return;
      case Op.DELETE_NAME:
        w(`R.delName(LOC !== undefined ? LOC : G, ${q()});`);
        return;
      case Op.DELETE_GLOBAL:
        w(`R.delName(G, ${q()});`);
        return;
      case Op.IMPORT_NAME:
        w(`${S(d - 2)} = R.importName(SF, ${q()}, ${top}, ${S(d - 2)}, G);`);
        return;
      case Op.IMPORT_FROM:
        w(`${push} = R.importFrom(${top}, ${q()});`);
        return;
      case Op.IMPORT_STAR:
        w(`R.importStar(${top}, LOC !== undefined ? LOC : G);`);
        return;
      case Op.MAKE_FUNCTION:
        w(`${push} = R.makeFunction(code, ${at.arg}, G, undefined, undefined, undefined);`);
        return;
      case Op.MAKE_FUNCTION_DEFARGS:
        w(`${S(d - 2)} = R.makeFunction(code, ${at.arg}, G, ${S(d - 2)}, ${top}, undefined);`);
        return;
      case Op.MAKE_CLOSURE:
      case Op.MAKE_CLOSURE_DEFARGS: {
        const n = at.extra;
        const cells: string[] = [];
        for (let i = d - n; i < d; i++) cells.push(S(i));
        const withDefs = op === Op.MAKE_CLOSURE_DEFARGS;
        const base = withDefs ? d - n - 2 : d - n;
        const defs = withDefs ? `${S(base)}, ${S(base + 1)}` : "undefined, undefined";
        w(`${S(base)} = R.makeFunction(code, ${at.arg}, G, ${defs}, [${cells.join(", ")}]);`);
        return;
      }
      case Op.LOAD_CONST_SMALL_INT:
        w(`${push} = ${at.arg};`);
        return;
      case Op.LOAD_CONST_OBJ:
        w(`${push} = C[${at.arg}];`);
        return;
      case Op.LOAD_FAST_N:
        w(load(push, at.arg));
        return;
      case Op.LOAD_DEREF:
        w(`if ((${push} = ${L(at.arg)}.value) === undefined) UB();`);
        return;
      case Op.STORE_FAST_N:
        w(`${L(at.arg)} = ${top};`);
        return;
      case Op.STORE_DEREF:
        w(`${L(at.arg)}.value = ${top};`);
        return;
      case Op.DELETE_FAST:
        w(`if (${L(at.arg)} === undefined) UB(); ${L(at.arg)} = undefined;`);
        return;
      case Op.DELETE_DEREF:
        w(`if (${L(at.arg)}.value === undefined) UB(); ${L(at.arg)}.value = undefined;`);
        return;
      case Op.BUILD_TUPLE: {
        const n = at.arg;
        const items = range(d - n, d).map(S).join(", ");
        const dst = n === 0 ? push : S(d - n);
        w(`${n !== 0 ? "if (S.allocGate !== 0) R.heapLocked(); " : ""}${dst} = tuple([${items}]);`);
        return;
      }
      case Op.BUILD_LIST: {
        const n = at.arg;
        const items = range(d - n, d).map(S).join(", ");
        w(`if (S.allocGate !== 0) R.heapLocked(); ${S(d - n)} = new PyList([${items}]);`);
        return;
      }
      case Op.BUILD_MAP:
        w(`if (S.allocGate !== 0) R.heapLocked(); ${push} = new PyDict(DT, ${at.arg});`);
        return;
      case Op.BUILD_SET: {
        const n = at.arg;
        const items = range(d - n, d).map(S).join(", ");
        w(`if (S.allocGate !== 0) R.heapLocked(); ${S(d - n)} = newSet([${items}]);`);
        return;
      }
      case Op.BUILD_SLICE: {
        const n = at.arg;
        const step = n === 3 ? top : "null";
        const b = d - n;
        w(`if (S.allocGate !== 0) R.heapLocked(); ${S(b)} = new PySlice(${S(b)}, ${
          S(b + 1)
        }, ${step});`);
        return;
      }
      case Op.STORE_COMP: {
        const u = at.arg;
        const coll = S(d - 1 - (u >> 2));
        const kind = u & 3;
        w(`if (S.allocGate !== 0) R.heapLocked();`);
        if (kind === 0) w(`${coll}.items.push(${top});`);
        else if (kind === 1) w(`${coll}.set(${top}, ${S(d - 2)});`);
        else w(`${coll}.add(${top});`);
        return;
      }
      case Op.UNPACK_SEQUENCE: {
        const n = at.arg;
        w(`R.unpackSequence(${top}, ${n}, R.buf, 0);`);
        for (let i = 0; i < n; i++) w(`${S(d - 1 + i)} = R.buf[${i}];`);
        return;
      }
      case Op.UNPACK_EX: {
        const n = (at.arg & 0xff) + ((at.arg >> 8) & 0xff) + 1;
        w(`R.unpackEx(${top}, ${at.arg}, R.buf, 0);`);
        for (let i = 0; i < n; i++) w(`${S(d - 1 + i)} = R.buf[${i}];`);
        return;
      }
      case Op.CALL_FUNCTION:
      case Op.CALL_FUNCTION_VAR_KW:
      case Op.CALL_METHOD:
      case Op.CALL_METHOD_VAR_KW:
        emitCall(at);
        return;
      case Op.JUMP:
        jump(at, at.target);
        return;
      case Op.POP_JUMP_IF_TRUE:
      case Op.POP_JUMP_IF_FALSE: {
        const neg = op === Op.POP_JUMP_IF_FALSE ? "!" : "";
        w(`if (${neg}(${top} === true || (${top} !== false && truthy(${top})))) {`);
        jump(at, at.target);
        w(`}`);
        safePoint(at, next, false);
        return;
      }
      case Op.JUMP_IF_TRUE_OR_POP:
      case Op.JUMP_IF_FALSE_OR_POP: {
        const neg = op === Op.JUMP_IF_FALSE_OR_POP ? "!" : "";
        w(`if (${neg}truthy(${top})) {`);
        jump(at, at.target);
        w(`}`);
        safePoint(at, next, false);
        return;
      }
      case Op.FOR_ITER: {
        const it = S(d - 3);
        w(`x = ${it};`);
        w(`if (x instanceof PyRangeIter) {`);
        w(`t = x.cur; if (x.step > 0 ? t < x.stop : t > x.stop) { x.cur = t + x.step; ${push} = t; }`);
        w(`else { pc = ${at.target}; continue; }`);
        w(`} else if (x instanceof PySeqIter) {`);
        w(`t = x.seq.items; if (x.index < t.length) ${push} = t[x.index++];`);
        w(`else { pc = ${at.target}; continue; }`);
        w(`} else { S.frame = SF; if ((${push} = R.next(x)) === undefined) { pc = ${at.target}; continue; } }`);
        return;
      }
      case Op.LOAD_BUILD_CLASS:
        w(`${push} = R.buildClass();`);
        return;
      case Op.LOAD_SUBSCR: {
        const obj = S(d - 2);
        w(`if (typeof ${top} === "number" && ${obj} instanceof PyList && !${obj}.type.isUserClass && (t = ${top} < 0 ? ${top} + ${obj}.items.length : ${top}) >= 0 && t < ${obj}.items.length) ${obj} = ${obj}.items[t];`);
        w(`else ${obj} = getItem(${obj}, ${top});`);
        return;
      }
      case Op.STORE_SUBSCR: {
        const idx = top, obj = S(d - 2), val = S(d - 3);
        w(`if (${val} === undefined) delItem(${obj}, ${idx});`);
        w(`else if (typeof ${idx} === "number" && ${obj} instanceof PyList && !${obj}.type.isUserClass && (t = ${idx} < 0 ? ${idx} + ${obj}.items.length : ${idx}) >= 0 && t < ${obj}.items.length) ${obj}.items[t] = ${val};`);
        w(`else setItem(${obj}, ${idx}, ${val});`);
        return;
      }
      case Op.DUP_TOP:
        w(`${push} = ${top};`);
        return;
      case Op.DUP_TOP_TWO:
        w(`${push} = ${S(d - 2)}; ${S(d + 1)} = ${top};`);
        return;
      case Op.POP_TOP:
        return;
      case Op.ROT_TWO:
        w(`t = ${top}; ${top} = ${S(d - 2)}; ${S(d - 2)} = t;`);
        return;
      case Op.ROT_THREE:
        w(`t = ${top}; ${top} = ${S(d - 2)}; ${S(d - 2)} = ${S(d - 3)}; ${S(d - 3)} = t;`);
        return;
      case Op.GET_ITER:
        w(`${top} = getIter(${top});`);
        return;
      case Op.GET_ITER_STACK:
        w(`${push} = getIter(${top}); ${top} = undefined; ${S(d + 1)} = undefined; ${
          S(d + 2)
        } = undefined;`);
        return;
      case Op.STORE_MAP:
        w(`${S(d - 3)}.set(${top}, ${S(d - 2)});`);
        return;
      case Op.RETURN_VALUE:
        if (at.exc.length === 0) {
          w(`if (f === undefined) S.depth--;`);
          w(`return ${top};`);
        } else {
          w(`rv = ${top};`);
          returnFrom(at.ip, at.exc);
        }
        return;
      case Op.SETUP_EXCEPT:
      case Op.SETUP_FINALLY:
        w(`e${setupOf(at)} = undefined;`);
        return;
      case Op.SETUP_WITH: {
        const k = setupOf(at);
        w(`x = ${top}; loadMethod(x, "__exit__", MD); ${top} = MD[0]; ${push} = MD[1];`);
        w(`loadMethod(x, "__enter__", MD); S.frame = SF; e${k} = undefined;`);
        w(`t = MD[1] !== undefined ? R.call(MD[0], [MD[1]]) : R.call(MD[0], []);`);
        // A blocking __enter__ (a contended lock) waits in the interpreter.
        w(`if (t instanceof R.Suspend) { R.suspendHere(t); ${park(next, at.ip, d + 1)} }`);
        w(`${S(d + 1)} = t;`);
        return;
      }
      case Op.POP_EXCEPT_JUMP:
        w(`S.curException = undefined;`);
        jump(at, at.target);
        return;
      case Op.END_FINALLY: {
        // The marker says how the handler was entered: normally (None), by an exception
        // (re-raised), by a return (-1, value in rv) or by break/continue (levels left).
        const k = at.exc[at.exc.length - 1];
        const rest = at.exc.slice(0, -1);
        w(`t = ${top};`);
        w(`if (t !== null) {`);
        w(`if (typeof t !== "number") { nt = true; throw t; }`);
        w(`if (t < 0) {`);
        returnFrom(at.ip, rest);
        w(`}`);
        w(`x = ud${k};`);
        unwindFrom(at.ip, rest);
        w(`}`);
        return;
      }
      case Op.UNWIND_JUMP: {
        let unum = at.extra;
        const open = at.exc;
        for (let i = open.length - 1; (unum & UNWIND_COUNT_MASK) > 0; i--) {
          unum -= 1;
          const j = open[i];
          if (su[j].isFinally && su[j].handler > at.ip) {
            w(`ud${j} = ${at.target}; ${S(su[j].marker)} = ${unum};`);
            safePoint(at, su[j].handler, false);
            w(`pc = ${su[j].handler}; continue;`);
            return;
          }
        }
        jump(at, at.target);
        return;
      }
      case Op.WITH_CLEANUP: {
        const [exit, self] = [S(d - 3), S(d - 2)];
        w(`t = ${top}; S.frame = SF;`);
        w(`if (t === null) { R.callExit(${exit}, ${self}, null, null); ${exit} = null; }`);
        w(`else if (typeof t === "number") { R.callExit(${exit}, ${self}, null, null); ${exit} = t; }`);
        w(`else { x = R.callExit(${exit}, ${self}, R.typeOf(t), t); ${exit} = truthy(x) ? null : t; }`);
        return;
      }
      case Op.RAISE_LAST: {
        // The exception being handled in the innermost handler that has one.
        const prev = [...at.exc].reverse().map((k) => `e${k}`);
        w(`x = ${prev.length > 0 ? prev.join(" ?? ") : "undefined"}; nt = true;`);
        w(`if (x === undefined) R.noReraise();`);
        w(`throw x;`);
        return;
      }
      case Op.RAISE_OBJ:
        w(`throw R.raiseObj(${top});`);
        return;
      case Op.YIELD_VALUE:
        w(`try { ${top} = yield ${top}; } catch (e) { throw R.thrownIn(e); }`);
        return;
      case Op.YIELD_FROM: {
        // Resume the delegate until it returns; throw() and close() reach it (yieldFrom).
        const it = S(d - 2);
        w(`v = ${top}; u = undefined;`);
        w(`for (;;) { S.frame = SF; t = R.yieldFrom(${it}, v, u); if (t.kind === 1) break;`);
        w(`u = undefined; try { v = yield t.value; } catch (e) { if (!(e instanceof R.ThrownIn)) throw e; u = e.exc; v = null; } }`);
        w(`if (u !== undefined && R.isGeneratorExit(u)) throw R.raiseObj(u);`);
        w(`${it} = t.value;`);
        return;
      }
      case Op.RAISE_FROM:
        w(`throw R.raiseFrom(${S(d - 2)}, ${top});`);
        return;
    }
    throw new Error(`emit_js: opcode ${op.toString(16)} at ${next}`);
  }

  /** A jump: a safe point (py/vm.c runs pending callbacks at every jump; backward ones also
   * count down to the next time-slice check), then the target's block. */
  function jump(at: At, target: number): void {
    safePoint(at, target, target <= at.ip);
    w(`pc = ${target}; continue;`);
  }

  function safePoint(at: At, to: number, countDown: boolean): void {
    const t = countDown ? "--T.t" : "T.t";
    w(`if (${t} <= 0 && R.tick(true)) ${park(to, at.ip, depthAt.get(to) ?? 0)}`);
  }

  function setupOf(at: At): number {
    return a.setups.findIndex((x) => x.ip === at.ip);
  }

  /** Go on with a return (value in rv) from `ip` with entries `open`: into the next finally
   * whose code hasn't started, else out of the function. */
  function returnFrom(ip: number, open: number[]): void {
    for (let i = open.length - 1; i >= 0; i--) {
      const j = open[i];
      if (su[j].isFinally && su[j].handler > ip) {
        w(`${S(su[j].marker)} = -1; pc = ${su[j].handler}; continue;`);
        return;
      }
    }
    w(`if (f === undefined) S.depth--;`);
    w(`return rv;`);
  }

  /** Go on with a break/continue from `ip` (levels left in t, destination in x) with entries
   * `open`: into the next finally whose code hasn't started, else to the destination. */
  function unwindFrom(ip: number, open: number[]): void {
    let braces = 0;
    for (let i = open.length - 1; i >= 0; i--) {
      const j = open[i];
      w(`if ((t & ${UNWIND_COUNT_MASK}) > 0) { t--;`);
      braces++;
      if (su[j].isFinally && su[j].handler > ip) {
        w(`ud${j} = x; ${S(su[j].marker)} = t; pc = ${su[j].handler}; continue;`);
        break;
      }
    }
    w("}".repeat(braces));
    w(`pc = x; continue;`);
  }

  function emitUnary(k: number, v: string): void {
    if (k === 1) w(`${v} = typeof ${v} === "number" && ${v} !== 0 ? -${v} : U(1, ${v});`);
    else if (k === 3) {
      w(`${v} = ${v} === true ? false : ${v} === false ? true : !truthy(${v});`);
    } else w(`${v} = U(${k}, ${v});`);
  }

  /** Binary op `k` (0-34) of a and b into dst, with the interpreter's fast paths. */
  function emitBinary(k: number, a: string, b: string, dst: string): void {
    const num = `typeof ${a} === "number" && typeof ${b} === "number"`;
    const slow = `B(${k}, ${a}, ${b})`;
    // Floats: both exact floats, or a float and a small int (no allocation gate).
    const flt =
      `S.allocGate === 0 && (${a} instanceof PyFloat ? ${a}.type === FT && (${b} instanceof PyFloat ? ${b}.type === FT : typeof ${b} === "number") : typeof ${a} === "number" && ${b} instanceof PyFloat && ${b}.type === FT)`;
    const fv = (x: string) => `(typeof ${x} === "number" ? ${x} : ${x}.value)`;
    if (k <= 5) {
      const js = COMPARE[k];
      if (k === 2 || k === 5) {
        w(`${dst} = (${num}) || (typeof ${a} === "string" && typeof ${b} === "string") ? ${a} ${js} ${b} : ${slow};`);
      } else {
        w(`${dst} = ${num} ? ${a} ${js} ${b} : ${flt} ? ${fv(a)} ${js} ${fv(b)} : ${slow};`);
      }
      return;
    }
    if (k === 7) {
      w(`${dst} = ${a} === ${b};`);
      return;
    }
    const plain = k >= 22 ? k : k + 13; // in-place ops have the same fast paths
    switch (plain) {
      case 27: // +
      case 28: { // -
        const js = plain === 27 ? "+" : "-";
        w(`if (${num}) { t = ${a} ${js} ${b}; ${dst} = t <= ${MAX_SAFE} && t >= -${MAX_SAFE} ? t : R.bigOp(${plain}, ${a}, ${b}); }`);
        w(`else if (${flt}) ${dst} = new PyFloat(${fv(a)} ${js} ${fv(b)});`);
        w(`else ${dst} = ${slow};`);
        return;
      }
      case 29: // *
        w(`if (${num}) { t = ${a} * ${b}; ${dst} = t <= ${MAX_SAFE} && t >= -${MAX_SAFE} ? (t === 0 ? 0 : t) : R.bigOp(29, ${a}, ${b}); }`);
        w(`else if (${flt}) ${dst} = new PyFloat(${fv(a)} * ${fv(b)});`);
        w(`else ${dst} = ${slow};`);
        return;
      case 31: // //
        w(`if (${num} && ${b} !== 0 && ${a} <= 0x7fffffff && ${a} >= -0x7fffffff) { t = Math.floor(${a} / ${b}); ${dst} = t === 0 ? 0 : t; }`);
        w(`else ${dst} = ${slow};`);
        return;
      case 33: // %
        w(`if (${num} && ${b} !== 0) { t = ${a} % ${b}; if (t !== 0 && (t < 0) !== (${b} < 0)) t += ${b}; ${dst} = t === 0 ? 0 : t; }`);
        w(`else ${dst} = ${slow};`);
        return;
      case 32: // /
        w(`if (${num} && ${b} !== 0) ${dst} = new PyFloat(${a} / ${b});`);
        w(`else if (${flt} && ${fv(b)} !== 0) ${dst} = new PyFloat(${fv(a)} / ${fv(b)});`);
        w(`else ${dst} = ${slow};`);
        return;
      case 22: // |
      case 23: // ^
      case 24: { // &
        const js = plain === 22 ? "|" : plain === 23 ? "^" : "&";
        w(`${dst} = ${num} && (${a} | 0) === ${a} && (${b} | 0) === ${b} ? ${a} ${js} ${b} : ${slow};`);
        return;
      }
      case 26: // >>
        w(`${dst} = ${num} && (${a} | 0) === ${a} && ${b} >= 0 && ${b} < 32 ? ${a} >> ${b} : ${slow};`);
        return;
      case 25: // <<
        w(`if (${num} && ${b} >= 0 && ${b} < 32 && (t = ${a} * 2 ** ${b}) <= ${MAX_SAFE} && t >= -${MAX_SAFE}) ${dst} = t;`);
        w(`else ${dst} = ${slow};`);
        return;
    }
    w(`${dst} = ${slow};`);
  }

  function emitCall(at: At): void {
    const op = at.op;
    const d = at.depth;
    const nPos = at.arg & 0xff;
    const nKw = (at.arg >> 8) & 0xff;
    const isMeth = op >= Op.CALL_METHOD;
    const varKw = (op & 1) !== 0;
    const base = d - nPos - 2 * nKw - (isMeth ? 1 : 0) - (varKw ? 1 : 0) - 1;
    const fnv = S(base);
    const argOff = isMeth ? base + 2 : base + 1;
    const args = range(argOff, argOff + nPos).map(S);
    const resume = () => park(at.ip + at.size, at.ip, base);
    if (!varKw && nKw === 0) {
      // Direct call of compiled code when the callee takes exactly these arguments.
      const direct = (self: string | undefined) => {
        const all = self === undefined ? args : [self, ...args];
        const n = all.length;
        return `(t = ${fnv}) instanceof PyFunction && (u = t.code).jitArgs >= ${n} && u.jitMin <= ${n} && (t.closure === undefined ? 0 : t.closure.length) === u.jitClosed ? u.jit(t, undefined${
          all.map((x) => ", " + x).join("")
        }) : R.callv(SF, t, [${all.join(", ")}])`;
      };
      if (isMeth) {
        w(`${fnv} = ${S(base + 1)} === undefined ? ${direct(undefined)} : ${direct(S(base + 1))};`);
      } else w(`${fnv} = ${direct(undefined)};`);
    } else {
      const slots = range(argOff, d).map(S);
      const self = isMeth ? S(base + 1) : "undefined";
      w(`${fnv} = R.callKw(SF, ${fnv}, ${self}, [${
        slots.join(", ")
      }], ${nPos}, ${nKw}, ${varKw});`);
    }
    w(`if (${fnv} === DEOPT) ${resume()}`);
  }
}

function range(a: number, b: number): number[] {
  const r: number[] = [];
  for (let i = a; i < b; i++) r.push(i);
  return r;
}

/** A JavaScript identifier for a function name (for stack traces while debugging). */
function jsName(name: string): string {
  const s = name.replace(/[^A-Za-z0-9_$]/g, "_");
  return "py_" + s;
}
