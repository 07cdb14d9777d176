// Scopes and identifier resolution (py/scope.c, compile.c scope_compute_things), independent of
// the AST: the compiler declares names while walking a scope in its SCOPE pass, then calls
// closeOver / computeLocals to get MicroPython's exact local numbering (docs/spec/bytecode.md §7).
import type { EmitKind, EmitScope } from "./emit.ts";

export type ScopeKind =
  | "module"
  | "class"
  | "function"
  | "lambda"
  | "listcomp"
  | "dictcomp"
  | "setcomp"
  | "genexpr";

export type IdKind =
  | "undecided"
  | "global_implicit" // module-level or unresolved name: LOAD_NAME / LOAD_GLOBAL
  | "global_implicit_assigned" // bound in a class or module body: a name op, never closed over
  | "global_explicit" // declared `global`, or implicit global inside a function
  | "local"
  | "cell" // local captured by an inner scope
  | "free"; // captured from an enclosing scope

export const IdFlag = { IS_PARAM: 0x01, IS_STAR_PARAM: 0x02, IS_DBL_STAR_PARAM: 0x04 } as const;

export interface IdInfo {
  name: string;
  kind: IdKind;
  flags: number;
  localNum: number;
  /** Viper type code of an annotated parameter. */
  viperType?: number;
}

/** Function-like scopes keep fast locals; module and class scopes use the locals dict. */
export function isFuncLike(kind: ScopeKind): boolean {
  return kind !== "module" && kind !== "class";
}

export class Scope implements EmitScope {
  readonly ids: IdInfo[] = [];
  private readonly byName = new Map<string, IdInfo>();
  readonly children: Scope[] = [];
  argNames: string[] = [];
  scopeFlags = 0;
  nPosArgs = 0;
  nKwonlyArgs = 0;
  nDefPosArgs = 0;
  numLocals = 0;
  cellLocals: number[] = [];
  excStackSize = 0;
  stackSize = 0;
  /** Viper: parameter types by local number, and the return type (codes of native-abi.md §7). */
  viperArgTypes: number[] = [];
  viperReturnType = 0;
  /** The backend compiling this scope: the enclosing scope's (lambdas, comprehensions, classes
   * and undecorated functions follow it) unless a @micropython decorator sets it. */
  emitKind: EmitKind;

  constructor(
    readonly kind: ScopeKind,
    public simpleName: string,
    readonly parent: Scope | undefined,
  ) {
    parent?.children.push(this);
    this.emitKind = parent?.emitKind ?? "bytecode";
  }

  find(name: string): IdInfo | undefined {
    return this.byName.get(name);
  }

  /** Look a name up, declaring it with `kind` if new; `added` tells which happened. */
  findOrAdd(name: string, kind: IdKind): { id: IdInfo; added: boolean } {
    const found = this.byName.get(name);
    if (found) return { id: found, added: false };
    const id: IdInfo = { name, kind, flags: 0, localNum: 0 };
    this.ids.push(id);
    this.byName.set(name, id);
    return { id, added: true };
  }

  /** Look a name up in the enclosing scopes (not the module), as scope_find_local_in_parent. */
  findInParents(name: string): IdInfo | undefined {
    for (let s = this.parent; s !== undefined && s.parent !== undefined; s = s.parent) {
      const id = s.find(name);
      if (id) return id;
    }
    return undefined;
  }

  /** A name used here but bound in an enclosing function becomes free (scope_check_to_close_over). */
  checkToCloseOver(id: IdInfo): void {
    const outer = this.findInParents(id.name);
    if (outer && (outer.kind === "local" || outer.kind === "cell" || outer.kind === "free")) {
      id.kind = "free";
      this.closeOverInParents(id.name);
    }
  }

  private closeOverInParents(name: string): void {
    for (let s = this.parent; s !== undefined && s.parent !== undefined; s = s.parent) {
      const { id, added } = s.findOrAdd(name, "undecided");
      if (added) {
        id.kind = "free"; // passes through this scope; keep looking outwards
        continue;
      }
      if (id.kind === "local") id.kind = "cell";
      return;
    }
  }

  /** Number locals, cells and free variables (compile.c scope_compute_things). */
  computeLocals(): void {
    const ids = this.ids;
    if (this.scopeFlags & 0x04 /* VARARGS */) {
      // *args is numbered after the keyword-only params: swap it with the last plain param.
      let plain = -1;
      for (let i = ids.length - 1; i >= 0; i--) {
        if (ids[i].flags & IdFlag.IS_STAR_PARAM) {
          if (plain >= 0) [ids[plain], ids[i]] = [ids[i], ids[plain]];
          break;
        } else if (plain < 0 && ids[i].flags === IdFlag.IS_PARAM) {
          plain = i;
        }
      }
    }
    this.numLocals = 0;
    for (const id of ids) {
      if (this.kind === "class" && id.name === "__class__") continue;
      if (isFuncLike(this.kind) && id.kind === "global_implicit") id.kind = "global_explicit";
      // Parameters keep their slot even when they are cells.
      if (id.kind === "local" || (id.flags & IdFlag.IS_PARAM)) id.localNum = this.numLocals++;
    }
    for (const id of ids) {
      if (id.kind === "cell" && !(id.flags & IdFlag.IS_PARAM)) id.localNum = this.numLocals++;
    }
    const parent = this.parent;
    if (parent) {
      // Free variables come first, in the parent's identifier order.
      let numFree = 0;
      for (const pid of parent.ids) {
        if (pid.kind !== "cell" && pid.kind !== "free") continue;
        const id = this.find(pid.name);
        if (id && id.kind === "free") id.localNum = numFree++;
      }
      if (numFree > 0) {
        for (const id of ids) {
          if (id.kind !== "free" || (id.flags & IdFlag.IS_PARAM)) id.localNum += numFree;
        }
        this.nPosArgs += numFree;
        this.numLocals += numFree;
      }
    }
    this.viperArgTypes = [];
    for (const id of ids) {
      if (id.flags & IdFlag.IS_PARAM) this.viperArgTypes[id.localNum] = id.viperType ?? 0;
    }
    this.cellLocals = ids.filter((id) => id.kind === "cell").map((id) => id.localNum);
    // Argument slot names: the parameter numbered i, or "*" (closed-over slots, comprehension arg).
    const nArgs = this.nPosArgs + this.nKwonlyArgs;
    this.argNames = [];
    for (let i = 0; i < nArgs; i++) {
      const p = ids.find((id) => (id.flags & IdFlag.IS_PARAM) && id.localNum === i);
      this.argNames.push(p ? p.name : "*");
    }
  }
}
