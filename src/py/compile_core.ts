// Compiler state shared by the compile_*.ts files: the current scope, pass, emitter, labels,
// loop and exception-level bookkeeping, and name resolution (py/compile.c + py/emitcommon.c).
import type { ClassDef, DictComp, FunctionDef, LambdaExpr, ListComp, Stmt } from "./ast.ts";
import { type Emitter, type EmitterFactory, Pass, type PassValue, type SetupKind } from "./emit.ts";
import { type IdInfo, isFuncLike, Scope, type ScopeKind } from "./scope.ts";
import { ScopeFlag } from "./bytecode.ts";
import { syntaxError } from "./compile_error.ts";
import type { PyBaseException } from "./obj_exception.ts";
import type { InlineAsmTarget } from "../../emitter/asm_types.ts";
import { VT, vtypeFromName } from "../../emitter/emit_viper_types.ts";

/** Where asm_thumb functions go (declared in emitter/asm_types.ts; re-exported for old users). */
export type { InlineAsmTarget };

export type ScopeNode =
  | { k: "module"; body: Stmt[] }
  | FunctionDef
  | ClassDef
  | LambdaExpr
  | ListComp
  | DictComp;

export const INVALID_LABEL = -1;

export function isCompLike(kind: ScopeKind): boolean {
  return kind === "listcomp" || kind === "dictcomp" || kind === "setcomp" || kind === "genexpr";
}

export class Compiler {
  readonly scopes: Scope[] = [];
  readonly scopeOf = new Map<object, Scope>();
  readonly nodeOf = new Map<Scope, ScopeNode>();
  /** Compiling eval input: the module body is one `return <expr>`. */
  evalInput = false;
  // per pass
  e!: Emitter;
  pass: PassValue = Pass.SCOPE;
  scope!: Scope;
  nextLabel = 0;
  breakLabel = INVALID_LABEL;
  breakFromFor = false;
  continueLabel = INVALID_LABEL;
  curExceptLevel = 0;
  bcExceptLevel = 0;

  constructor(
    readonly file: string,
    readonly optLevel: number,
    readonly smallIntBits: number,
    /** The module's backends: which emit kinds can be compiled (decorator checks). */
    readonly emitters: EmitterFactory,
  ) {}

  error(msg: string, line: number): PyBaseException {
    return syntaxError(this.file, line, msg, this.scope?.simpleName ?? "<module>");
  }

  label(): number {
    return this.nextLabel++;
  }

  get scopePass(): boolean {
    return this.pass === Pass.SCOPE;
  }

  /** The child scope for an AST node, created (and queued) in the SCOPE pass. */
  childScope(node: ScopeNode, kind: ScopeKind, name: string): Scope {
    let s = this.scopeOf.get(node);
    if (!s) {
      s = new Scope(kind, name, this.scope);
      this.scopeOf.set(node, s);
      this.nodeOf.set(s, node);
      this.scopes.push(s);
    }
    return s;
  }

  // --- names (compile_load_id / store_id / delete_id) ---

  idForModification(scope: Scope, name: string): IdInfo {
    const { id } = scope.findOrAdd(name, "global_implicit");
    if (id.kind === "global_implicit") {
      // A name a class body binds stays a name there, out of inner functions' reach.
      id.kind = isFuncLike(scope.kind) ? "local" : "global_implicit_assigned";
    }
    return id;
  }

  loadId(name: string): void {
    if (this.scopePass) this.scope.findOrAdd(name, "global_implicit");
    else this.emitId(name, "load");
  }

  storeId(name: string): void {
    if (this.scopePass) this.idForModification(this.scope, name);
    else this.emitId(name, "store");
  }

  deleteId(name: string): void {
    if (this.scopePass) this.idForModification(this.scope, name);
    else this.emitId(name, "delete");
  }

  /** Load/store/delete a resolved name: NAME/GLOBAL ops for globals, FAST/DEREF for locals. */
  private emitId(name: string, access: "load" | "store" | "delete"): void {
    const id = this.scope.find(name)!;
    const e = this.e;
    const [global, local] = access === "load"
      ? [e.loadGlobal, e.loadLocal]
      : access === "store"
      ? [e.storeGlobal, e.storeLocal]
      : [e.deleteGlobal, e.deleteLocal];
    // Native code referencing globals swaps the function's globals in (a flag of the scope).
    // A viper cast operator (int, uint, ptr...) is not a global reference (scope_compute_things).
    const isCast = this.scope.emitKind === "viper" && (vtypeFromName(name) ?? 0) >= VT.INT;
    if (id.kind.startsWith("global") && !isCast) this.scope.scopeFlags |= ScopeFlag.REFGLOBALS;
    switch (id.kind) {
      case "global_implicit":
      case "global_implicit_assigned":
        return global.call(e, name, "name");
      case "global_explicit":
        return global.call(e, name, "global");
      case "local":
        return local.call(e, name, id.localNum, "fast");
      default:
        return local.call(e, name, id.localNum, "deref");
    }
  }

  declareGlobal(id: IdInfo, line: number): void {
    if (id.kind !== "undecided" && id.kind !== "global_explicit") {
      throw this.error("identifier redefined as global", line);
    }
    id.kind = "global_explicit";
    let top = this.scope;
    while (top.parent) top = top.parent;
    const g = top.find(id.name);
    if (g) g.kind = "global_explicit";
  }

  declareNonlocal(id: IdInfo, line: number): void {
    if (id.kind === "undecided") {
      id.kind = "global_implicit";
      this.scope.checkToCloseOver(id);
      if (id.kind === "global_implicit") throw this.error("no binding for nonlocal found", line);
    } else if (id.kind !== "free") {
      throw this.error("identifier redefined as nonlocal", line);
    }
  }

  // --- exception levels ---

  increaseExceptLevel(label: number, kind: SetupKind): void {
    this.e.setupBlock(label, kind);
    this.curExceptLevel++;
    if (this.curExceptLevel > this.scope.excStackSize) {
      this.scope.excStackSize = this.curExceptLevel;
    }
  }

  decreaseExceptLevel(): void {
    this.curExceptLevel--;
    this.e.endFinally();
  }

  /** START_BREAK_CONTINUE_BLOCK; returns a function restoring the outer loop state. */
  startLoop(breakLabel: number, continueLabel: number, fromFor: boolean): () => void {
    const old = [
      this.breakLabel,
      this.continueLabel,
      this.bcExceptLevel,
      this.breakFromFor,
    ] as const;
    this.breakLabel = breakLabel;
    this.continueLabel = continueLabel;
    this.bcExceptLevel = this.curExceptLevel;
    this.breakFromFor = fromFor;
    return () => {
      [this.breakLabel, this.continueLabel, this.bcExceptLevel, this.breakFromFor] = old;
    };
  }
}
