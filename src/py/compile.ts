// The compiler entry points: syntax tree → CompiledModule, byte-identical to mpy-cross 1.27.
// Parse-time rewrites run first (compile_prep.ts), then compiler_driver.ts runs MicroPython's
// passes over the scopes, calling back into compile_func.ts for each scope body.
import type { Module, Stmt } from "./ast.ts";
import { newException, SyntaxError } from "./obj_exception.ts";
import { Compiler, type InlineAsmTarget } from "./compile_core.ts";
import { assembleScope, compileScopeBody } from "./compile_func.ts";
import { Prep, withDocString } from "./compile_prep.ts";
import { runPasses } from "./compiler_driver.ts";
import { Pass } from "./emit.ts";
import { parse } from "./parser.ts";
import type { CompiledModule } from "./raw_code.ts";
import { Scope } from "./scope.ts";

export interface CompileOptions {
  /** -O level: 1+ drops asserts, 3+ drops line numbers. */
  optLevel?: number;
  /** Small-int width of the target (mpy-cross default 31). */
  smallIntBits?: number;
  /** Default emitter; only "bytecode" is produced so far. */
  emit?: "bytecode" | "native" | "viper";
  /** Input kind as MicroPython's parser has it: a module, one expression (eval), or a REPL
   * entry whose expression statements print their value (single). */
  mode?: "exec" | "eval" | "single";
  /** MICROPY_ENABLE_DOC_STRING: a module's or class's leading string is stored as __doc__.
   * The reference runtime has it; mpy-cross (whose output we match byte for byte) doesn't. */
  docStrings?: boolean;
  /** Compile @micropython.asm_thumb functions for this target (else they are an error). */
  inlineAsm?: InlineAsmTarget;
  /** .mpy header arch code recorded when the module has machine code. */
  arch?: number;
}

/** eval input becomes `return <expr>`-style code; single input wraps expression statements in
 * `__repl_print__(...)`, as py/compile.c does for MP_PARSE_SINGLE_INPUT. */
function inputBody(mod: Module, mode: "exec" | "eval" | "single"): Stmt[] {
  if (mode === "eval") {
    const s = mod.body[0];
    if (mod.body.length !== 1 || s.k !== "expr") {
      const e = newException(SyntaxError, "invalid syntax");
      e.traceback.push({ file: mod.file, line: s?.line ?? 1, block: "" });
      throw e;
    }
    return [{ k: "return", line: s.line, value: s.value }];
  }
  if (mode === "single") {
    return mod.body.map((s) =>
      s.k !== "expr" ? s : {
        ...s,
        value: {
          k: "call",
          line: s.line,
          func: { k: "name", id: "__repl_print__", line: s.line },
          args: [s.value],
          keywords: [],
        },
      }
    );
  }
  return mod.body;
}

export function compileModule(mod: Module, options: CompileOptions = {}): CompiledModule {
  const optLevel = options.optLevel ?? 0;
  const smallIntBits = options.smallIntBits ?? 31;
  const prep = new Prep(mod.file, smallIntBits, options.docStrings ?? false);
  let input = inputBody(mod, options.mode ?? "exec");
  if (options.docStrings && (options.mode ?? "exec") === "exec") input = withDocString(input);
  const body = prep.stmts(input);
  const c = new Compiler(mod.file, optLevel, smallIntBits);
  c.evalInput = options.mode === "eval";
  c.inlineAsm = options.inlineAsm;
  const moduleScope = new Scope("module", "<module>", undefined);
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
      assemble: (scope) => assembleScope(c, scope),
      isAsm: (scope) => c.asmScopes.has(scope),
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
