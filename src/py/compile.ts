// The compiler entry points: syntax tree → CompiledModule, byte-identical to mpy-cross 1.27.
// Parse-time rewrites run first (compile_prep.ts), then compiler_driver.ts runs MicroPython's
// passes over the scopes, calling back into compile_func.ts for each scope body.
import type { Module, Stmt } from "./ast.ts";
import { syntaxError } from "./compile_error.ts";
import { Compiler } from "./compile_core.ts";
import { compileInlineAsmScope, compileScopeBody } from "./compile_func.ts";
import { createEmitterFactory } from "./emit_factory.ts";
import { Prep, withDocString } from "./compile_prep.ts";
import { runPasses } from "./compiler_driver.ts";
import type { FoldNum } from "./fold.ts";
import { type ModuleEmitKind, Pass } from "./emit.ts";
import type { InlineAsmTarget, ThumbArch } from "../../emitter/asm_types.ts";
import { parse } from "./parser.ts";
import type { CompiledModule } from "./raw_code.ts";
import { Scope } from "./scope.ts";

export interface CompileOptions {
  /** -O level: 1+ drops asserts, 3+ drops line numbers. */
  optLevel?: number;
  /** Small-int width of the target (mpy-cross default 31). */
  smallIntBits?: number;
  /** Emit kind of the module scope, inherited by scopes without a @micropython decorator
   * (-X emit=). Only bytecode is produced so far: native and viper give bytecode. */
  emit?: ModuleEmitKind;
  /** Input kind as MicroPython's parser has it: a module, one expression (eval), or a REPL
   * entry whose expression statements print their value (single). */
  mode?: "exec" | "eval" | "single";
  /** MICROPY_ENABLE_DOC_STRING: a module's or class's leading string is stored as __doc__.
   * The reference runtime has it; mpy-cross (whose output we match byte for byte) doesn't. */
  docStrings?: boolean;
  /** Compile @micropython.asm_thumb functions for this target (else they are an error). */
  inlineAsm?: InlineAsmTarget;
  /** Compile @micropython.native functions to machine code for this Thumb arch. */
  nativeArch?: ThumbArch;
  /** .mpy header arch code recorded when the module has machine code. */
  arch?: number;
  /** Give each @native function a bytecode twin to run on the desktop (RawCode.twin). */
  nativeTwins?: boolean;
  /** Module constants `name.attr` folds to (the running interpreter's; mpy-cross has none). */
  moduleConst?: (mod: string, attr: string) => FoldNum | undefined;
}

/** eval input becomes `return <expr>`-style code; single input wraps expression statements in
 * `__repl_print__(...)`, as py/compile.c does for MP_PARSE_SINGLE_INPUT. */
function inputBody(mod: Module, mode: "exec" | "eval" | "single"): Stmt[] {
  if (mode === "eval") {
    const s = mod.body[0];
    if (mod.body.length !== 1 || s.k !== "expr") {
      throw syntaxError(mod.file, s?.line ?? 1);
    }
    return [{ k: "return", line: s.line, value: s.value }];
  }
  if (mode === "single") {
    // One statement: a line of simple statements or one compound statement.
    const extra = mod.body.find((s) => s.line !== mod.body[0].line);
    if (extra !== undefined) throw syntaxError(mod.file, extra.line);
    return replPrinting(mod.body);
  }
  return mod.body;
}

/** Every expression statement of the module scope prints its value, also inside loops, ifs,
 * try and with blocks (compile.c compile_expr_stmt with is_repl); not in def or class bodies. */
function replPrinting(body: Stmt[]): Stmt[] {
  return body.map((s): Stmt => {
    switch (s.k) {
      case "expr":
        return {
          ...s,
          value: {
            k: "call",
            line: s.line,
            func: { k: "name", id: "__repl_print__", line: s.line },
            args: [s.value],
            keywords: [],
          },
        };
      case "if":
      case "while":
      case "for":
        return { ...s, body: replPrinting(s.body), orelse: replPrinting(s.orelse) };
      case "with":
        return { ...s, body: replPrinting(s.body) };
      case "try":
        return {
          ...s,
          body: replPrinting(s.body),
          handlers: s.handlers.map((h) => ({ ...h, body: replPrinting(h.body) })),
          orelse: replPrinting(s.orelse),
          finalbody: replPrinting(s.finalbody),
        };
      default:
        return s;
    }
  });
}

export function compileModule(mod: Module, options: CompileOptions = {}): CompiledModule {
  const optLevel = options.optLevel ?? 0;
  const smallIntBits = options.smallIntBits ?? 31;
  const prep = new Prep(mod.file, smallIntBits, options.docStrings ?? false, options.moduleConst);
  let input = inputBody(mod, options.mode ?? "exec");
  if (options.docStrings && (options.mode ?? "exec") === "exec") input = withDocString(input);
  const body = prep.stmts(input);
  const emitters = createEmitterFactory(mod.file, {
    optLevel,
    inlineAsm: options.inlineAsm,
    nativeArch: options.nativeArch,
  });
  const c = new Compiler(mod.file, optLevel, smallIntBits, emitters);
  c.evalInput = options.mode === "eval";
  const moduleScope = new Scope("module", "<module>", undefined);
  moduleScope.emitKind = options.emit ?? "bytecode";
  c.scopes.push(moduleScope);
  c.nodeOf.set(moduleScope, { k: "module", body });
  return runPasses(
    mod.file,
    moduleScope,
    c.scopes,
    (scope, emitter, pass) => {
      c.scope = scope;
      c.e = emitter;
      c.pass = pass;
      c.nextLabel = 0;
      c.curExceptLevel = 0;
      c.breakLabel = -1;
      c.continueLabel = -1;
      if (pass === Pass.SCOPE) scope.excStackSize = 0;
      compileScopeBody(c);
      if (pass === Pass.SCOPE) {
        // Names still unresolved after the scan may be bound in an enclosing function.
        for (const id of scope.ids) if (id.kind === "global_implicit") scope.checkToCloseOver(id);
      }
    },
    {
      optLevel,
      smallIntBits,
      arch: options.arch,
      nativeTwins: options.nativeTwins,
      emitters,
      compileAsm: (scope, asm, pass) => compileInlineAsmScope(c, scope, asm, pass),
    },
  );
}

/** Parse and compile a source file. */
export function compileSource(
  source: string,
  file: string,
  options?: CompileOptions,
): CompiledModule {
  return compileModule(parse(source, file, options?.optLevel ?? 0), options);
}
