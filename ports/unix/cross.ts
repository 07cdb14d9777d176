// `upy cross`: a drop-in mpy-cross 1.27 (mpy-cross/main.c) — compile a .py file to .mpy v6.3 —
// and `upy cross --dump` / `upy disasm`: print what is inside .mpy files.
import { parse } from "../../src/py/parser.ts";
import { compileModule } from "../../src/py/compile.ts";
import { ARCH_NAMES, isThumbArch } from "../../src/mpy/arch.ts";
import { createAssembler } from "../../emitter/asm_thumb.ts";
import { directiveOf, dottedName } from "../../src/py/compiler_directives.ts";
import { syntaxError } from "../../src/py/compile_error.ts";
import type { Expr, Module } from "../../src/py/ast.ts";
import { formatException, PyBaseException, toPyException } from "../../src/py/obj_exception.ts";
import { writeMpy } from "../../src/mpy/writer.ts";
import { disassembleMpy } from "../../src/mpy/disasm.ts";
import { CROSS_USAGE, type CrossOptions, CrossUsageError, parseCrossArgs } from "./cross_args.ts";
import { type HotFunction, ProfileError, readProfile } from "./jit_profile.ts";
import { compileHot, type DefSpan, entriesForModule, planHot } from "./jit_profile_hot.ts";
import "../../emitter/machine_backends.ts";

export const CROSS_VERSION = "MicroPython v1.27.0 on 2025-12-10; mpy-cross emitting mpy v6.3";

const enc = new TextEncoder();

function writeAll(stream: { writeSync(p: Uint8Array): number }, data: Uint8Array): void {
  for (let off = 0; off < data.length;) off += stream.writeSync(data.subarray(off));
}
const out = (s: string) => writeAll(Deno.stdout, enc.encode(s));
const err = (s: string) => writeAll(Deno.stderr, enc.encode(s));

/** The compile step of mpy-cross, in process: source text → .mpy bytes. Raises the Python
 * SyntaxError (with MicroPython's traceback) for bad source. */
export function crossCompile(
  source: string,
  options: {
    /** Path as given on the command line: parse errors name it. */
    inputName: string;
    /** Name recorded in the .mpy (-s); compile errors name it. Default: inputName. */
    sourceName?: string;
    optLevel?: number;
    smallIntBits?: number;
    arch?: number;
    emit?: CrossOptions["emit"];
    /** --hot: the profile's entries for this module; they compile as native where possible. */
    hot?: HotFunction[];
  },
): CrossResult {
  const parsed = parse(source, options.inputName);
  const mod: Module = { ...parsed, file: options.sourceName ?? options.inputName };
  if (options.hot === undefined) return { ...compileParsed(mod, options), notes: [], hot: [] };
  const plan = planHot(mod, options.hot, mod.file);
  const notes = plan.notes;
  const archName = options.arch ? ARCH_NAMES[options.arch] : "";
  if (!isThumbArch(archName) && plan.marked.length > 0) {
    notes.push(
      `${mod.file}: no native emitter for -march=${archName}: hot functions stay bytecode`,
    );
    plan.marked = [];
  }
  const refused = new Set<DefSpan>();
  const result = compileHot(plan.marked, () => compileParsed(mod, options), (s, why) => {
    refused.add(s);
    notes.push(`${mod.file}:${s.start}: hot function '${s.node.name}' stays bytecode: ${why}`);
  });
  const hot = plan.marked.filter((s) => !refused.has(s)).map((s) => `${s.start} ${s.node.name}`);
  return { ...result, notes, hot };
}

export interface CrossResult {
  mpy: Uint8Array;
  nativeFunctions: number;
  /** --hot: one line per profile entry not compiled as native, and why. */
  notes: string[];
  /** --hot: "line name" of each function compiled as native because it was hot. */
  hot: string[];
}

/** Compile a parsed module as mpy-cross does (the decorators decide what is native). */
function compileParsed(
  mod: Module,
  options: Parameters<typeof crossCompile>[1],
): { mpy: Uint8Array; nativeFunctions: number } {
  const archName = options.arch ? ARCH_NAMES[options.arch] : "";
  const thumb = isThumbArch(archName) ? archName : undefined;
  const allNative = nativeFunctions(mod);
  // asm_thumb, native and viper functions are machine code for a Thumb arch.
  const native = allNative.filter((f) =>
    !(thumb && f.kind !== "asm_xtensa" && f.kind !== "asm_rv32")
  )
    .map((f) => f.line);
  const asmElsewhere = allNative.find((f) => !thumb && f.kind === "asm_thumb");
  if (options.arch && asmElsewhere) {
    // compile.c compile_built_in_decorator: no inline assembler for this arch.
    throw syntaxError(mod.file, asmElsewhere.line, "invalid arch");
  }
  if (!options.arch) {
    // Without -march mpy-cross has no native emitter (compile.c: "invalid arch").
    const line = native.length > 0
      ? native[0]
      : options.emit !== "bytecode" && options.emit
      ? 1
      : 0;
    if (line > 0) throw syntaxError(mod.file, line, "invalid arch");
  }
  const cm = compileModule(mod, {
    optLevel: options.optLevel ?? 0,
    smallIntBits: options.smallIntBits ?? 31,
    // asm_thumb functions become NATIVE_ASM raw codes for a Thumb -march.
    inlineAsm: thumb && { arch: thumb, create: createAssembler },
    nativeArch: thumb,
    arch: options.arch,
    // The -X emit= default of every undecorated scope (native/viper code needs a Thumb arch).
    emit: options.emit ?? "bytecode",
  });
  cm.smallIntBits = options.smallIntBits ?? 31;
  return { mpy: writeMpy(cm), nativeFunctions: native.length };
}

/** Source lines of functions decorated @micropython.native/viper/asm_* (in source order). */
function nativeFunctions(mod: Module): { line: number; kind: string }[] {
  const lines: { line: number; kind: string }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const n = node as { k?: string; decorators?: Expr[]; line?: number };
    if (n.k === "funcdef" && n.decorators) {
      for (const d of n.decorators) {
        const dotted = dottedName(d);
        const kind = dotted && directiveOf(dotted);
        if (kind && kind !== "bytecode") lines.push({ line: d.line ?? n.line ?? 1, kind });
      }
    }
    for (const v of Object.values(node)) if (typeof v === "object") visit(v);
  };
  visit(mod.body);
  return lines.sort((a, b) => a.line - b.line);
}

/** mpy-cross's default output name: the input with its last two characters replaced by "mpy". */
export function defaultOutput(input: string): string {
  return input.slice(0, Math.max(0, input.length - 2)) + "mpy";
}

/** Write `data` to `path` through a temporary file and a rename: never a half-written output. */
export function writeFileAtomic(path: string, data: Uint8Array): void {
  const slash = path.lastIndexOf("/");
  const tmp = `${path.slice(0, slash + 1)}.${path.slice(slash + 1)}.${Deno.pid}.tmp`;
  try {
    Deno.writeFileSync(tmp, data);
    Deno.renameSync(tmp, path);
  } catch (e) {
    try {
      Deno.removeSync(tmp);
    } catch {
      // nothing was created
    }
    throw e;
  }
}

/** A file error as mpy-cross words it (strerror). */
export function errorText(e: unknown): string {
  if (e instanceof Deno.errors.NotFound) return "No such file or directory";
  if (e instanceof Deno.errors.PermissionDenied) return "Permission denied";
  if (e instanceof Deno.errors.IsADirectory) return "Is a directory";
  return e instanceof Error ? e.message : String(e);
}

async function readInput(path: string): Promise<Uint8Array> {
  if (path === "-") return await new Response(Deno.stdin.readable).bytes();
  return Deno.readFileSync(path);
}

/** `upy cross ARGS` (and `upy disasm ARGS` with dump=true): returns the exit status. */
export async function runCross(args: string[], dump = false): Promise<number> {
  let o;
  try {
    o = parseCrossArgs(args);
  } catch (e) {
    if (!(e instanceof CrossUsageError)) throw e;
    err(`upy cross: ${e.message}\n`);
    out(CROSS_USAGE);
    return 1;
  }
  if (o.help) {
    out(CROSS_USAGE);
    return 0;
  }
  if (o.version || (o.verbose > 0 && o.input === undefined)) {
    out(CROSS_VERSION + "\n");
    return 0;
  }
  if (dump || o.dump) return runDump(o.inputs);
  if (o.input === undefined) {
    err("no input file\n");
    return 1;
  }
  if (o.inputs.length > 1) {
    err("multiple input files\n");
    return 1;
  }
  const input = o.input.replace(/\\/g, "/");
  let bytes: Uint8Array;
  try {
    bytes = await readInput(input);
  } catch (e) {
    err(`upy cross: can't open file '${input}': ${errorText(e)}\n`);
    return 1;
  }
  const inputName = input === "-" ? "<stdin>" : input;
  let hot: HotFunction[] | undefined;
  if (o.hot !== undefined) {
    // Hot functions become native code, which (as @micropython.native) needs a target arch.
    if (o.arch === undefined) {
      err("upy cross: --hot needs -march=<arch> (hot functions compile to native code)\n");
      return 1;
    }
    try {
      hot = hotEntries(readProfile(o.hot), input, o.sourceName ?? inputName);
    } catch (e) {
      if (!(e instanceof ProfileError)) throw e;
      err(`upy cross: ${e.message}\n`);
      return 1;
    }
  }
  const t0 = performance.now();
  let result;
  try {
    result = crossCompile(new TextDecoder().decode(bytes), {
      inputName,
      sourceName: o.sourceName,
      optLevel: o.optLevel,
      smallIntBits: o.smallIntBits,
      arch: o.arch?.code,
      emit: o.emit,
      hot,
    });
  } catch (e) {
    // As mpy-cross: the exception with its traceback on stderr, exit status 1.
    err(formatException(toPyException(e)));
    return 1;
  }
  for (const note of result.notes) err(`upy cross: ${note}\n`);
  const toStdout = o.output === "-" || (o.output === undefined && input === "-");
  const outPath = o.output ?? defaultOutput(input);
  try {
    if (toStdout) writeAll(Deno.stdout, result.mpy);
    else writeFileAtomic(outPath, result.mpy);
  } catch (e) {
    err(`upy cross: can't write '${outPath}': ${errorText(e)}\n`);
    return 1;
  }
  if (o.verbose > 0) {
    const ms = (performance.now() - t0).toFixed(1);
    err(
      `${inputName} -> ${toStdout ? "<stdout>" : outPath}: ${result.mpy.length} bytes, ${ms} ms\n`,
    );
    for (const h of result.hot) err(`${inputName}:${h}: hot, compiled as native\n`);
    if (o.verbose > 1) err(disassembleMpy(result.mpy, toStdout ? "<stdout>" : outPath));
  }
  return 0;
}

/** The profile's entries for the input: by its real path, else by base name (see jit_profile.ts). */
function hotEntries(profile: HotFunction[], input: string, name: string): HotFunction[] {
  let realPath: string | undefined;
  try {
    if (input !== "-") realPath = Deno.realPathSync(input);
  } catch {
    // read already; a path that can't be resolved matches by base name
  }
  return entriesForModule(profile, { realPath, name: input === "-" ? name : input });
}

function runDump(inputs: string[]): number {
  if (inputs.length === 0) {
    err("no input file\n");
    return 1;
  }
  let status = 0;
  for (const path of inputs) {
    let text: string;
    try {
      text = disassembleMpy(Deno.readFileSync(path), path);
    } catch (e) {
      const msg = e instanceof PyBaseException
        ? formatException(e).trimEnd()
        : `can't open file '${path}': ${errorText(e)}`;
      err(`upy disasm: ${path}: ${msg}\n`);
      status = 1;
      continue;
    }
    out(text);
  }
  return status;
}
