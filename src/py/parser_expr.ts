// Expression half of the recursive-descent parser (grammar as MicroPython's py/grammar.h).
// Each node's line is the line of the construct's first token, as MicroPython's parse nodes.
import type {
  Arg,
  Arguments,
  BinOp,
  CallExpr,
  CmpOp,
  Comprehension,
  Expr,
  Keyword,
  ListComp,
  Name,
} from "./ast.ts";
import { BINOP_PRECEDENCE } from "./ast.ts";
import { fstringCall } from "./fstring.ts";
import { syntaxError } from "./compile_error.ts";
import { Lexer, Tk, type Token } from "./lexer.ts";
import { IndentationError, type PyBaseException } from "./obj_exception.ts";

const BIN_PREC = BINOP_PRECEDENCE;

const CMP_OPS = new Set(["<", ">", "==", ">=", "<=", "!=", "in", "not", "is"]);

/** Operator/keyword tokens that can begin an expression. */
const EXPR_START = new Set([
  "(",
  "[",
  "{",
  "-",
  "+",
  "~",
  "not",
  "lambda",
  "await",
  "None",
  "True",
  "False",
  "...",
  "*",
  "yield",
]);

/** A compile-time error the syntax tree cannot express, raised once parsing succeeds. */
interface Deferred {
  msg: string;
  line: number;
  block: string;
}

export class ExprParser {
  protected lx: Lexer;
  protected tok: Token;
  readonly file: string;
  /** Names of the enclosing scopes, for compile errors the parser must report itself. */
  protected scopes: string[] = ["<module>"];
  protected deferred: Deferred | undefined;

  constructor(source: string, file: string, line = 1, debug = true) {
    this.file = file;
    this.lx = new Lexer(source, file, line, debug);
    this.tok = this.lx.next();
  }

  protected fail(): never {
    const t = this.tok;
    if (t.k === Tk.Indent) {
      throw syntaxError(this.file, t.line, "unexpected indent", "", IndentationError);
    }
    throw syntaxError(this.file, t.line);
  }

  /** Records an error MicroPython's compiler (not parser) raises; the first one wins. */
  protected defer(msg: string, line: number, block = this.scopes[this.scopes.length - 1]): void {
    this.deferred ??= { msg, line, block };
  }

  protected deferredError(): PyBaseException | undefined {
    const d = this.deferred;
    return d && syntaxError(this.file, d.line, d.msg, d.block);
  }

  /** The current token kind (a call, so TypeScript does not keep narrowings across advance). */
  protected kind(): Tk {
    return this.tok.k;
  }

  protected advance(): Token {
    const t = this.tok;
    this.tok = this.lx.next();
    return t;
  }

  protected at(s: string): boolean {
    return this.tok.k === Tk.Op && this.tok.s === s;
  }

  protected eat(s: string): boolean {
    if (this.tok.k === Tk.Op && this.tok.s === s) {
      this.tok = this.lx.next();
      return true;
    }
    return false;
  }

  protected expect(s: string): void {
    if (this.tok.k !== Tk.Op || this.tok.s !== s) this.fail();
    this.tok = this.lx.next();
  }

  protected name(): string {
    if (this.tok.k !== Tk.Name) this.fail();
    return this.advance().s;
  }

  /** Whether the current token can begin an expression. */
  protected startsExpr(): boolean {
    const k = this.tok.k;
    if (k === Tk.Op) return EXPR_START.has(this.tok.s);
    return k === Tk.Name || k === Tk.Num || k === Tk.Str || k === Tk.Bytes || k === Tk.FStr;
  }

  /** test: or_test ['if' or_test 'else' test] | lambdef */
  parseTest(): Expr {
    if (this.at("lambda")) return this.parseLambda(false);
    const line = this.tok.line;
    const body = this.parseOr();
    if (!this.eat("if")) return body;
    const test = this.parseOr();
    this.expect("else");
    const orelse = this.parseTest();
    return { k: "ifexp", test, body, orelse, line };
  }

  /** test_nocond, used by comprehension conditions. */
  protected parseTestNoCond(): Expr {
    return this.at("lambda") ? this.parseLambda(true) : this.parseOr();
  }

  /** namedexpr_test: test [':=' test] */
  protected parseNamedTest(): Expr {
    const line = this.tok.line;
    const e = this.parseTest();
    if (!this.eat(":=")) return e;
    const value = this.parseTest();
    if (e.k !== "name") {
      this.defer("can't assign to expression", line);
      return value;
    }
    return { k: "namedexpr", target: e, value, line };
  }

  private parseOr(): Expr {
    const line = this.tok.line;
    const first = this.parseAnd();
    if (!this.at("or")) return first;
    const values = [first];
    while (this.eat("or")) values.push(this.parseAnd());
    return { k: "boolop", op: "or", values, line };
  }

  private parseAnd(): Expr {
    const line = this.tok.line;
    const first = this.parseNot();
    if (!this.at("and")) return first;
    const values = [first];
    while (this.eat("and")) values.push(this.parseNot());
    return { k: "boolop", op: "and", values, line };
  }

  private parseNot(): Expr {
    const line = this.tok.line;
    if (this.eat("not")) return { k: "unary", op: "not", operand: this.parseNot(), line };
    const left = this.parseExpr();
    if (this.tok.k !== Tk.Op || !CMP_OPS.has(this.tok.s)) return left;
    const ops: CmpOp[] = [];
    const comparators: Expr[] = [];
    while (this.tok.k === Tk.Op && CMP_OPS.has(this.tok.s)) {
      let op = this.advance().s as CmpOp;
      if ((op as string) === "not") {
        this.expect("in");
        op = "not in";
      } else if (op === "is" && this.eat("not")) {
        op = "is not";
      }
      ops.push(op);
      comparators.push(this.parseExpr());
    }
    return { k: "compare", left, ops, comparators, line };
  }

  /** expr: the binary operators from '|' down to '*', by precedence climbing. */
  parseExpr(minPrec = 1): Expr {
    const line = this.tok.line;
    let left = this.parseFactor();
    for (;;) {
      const t = this.tok;
      if (t.k !== Tk.Op) return left;
      const prec = BIN_PREC[t.s];
      if (prec === undefined || prec < minPrec) return left;
      this.advance();
      const right = this.parseExpr(prec + 1);
      left = { k: "binop", op: t.s as BinOp, left, right, line };
    }
  }

  private parseFactor(): Expr {
    const t = this.tok;
    if (t.k === Tk.Op && (t.s === "-" || t.s === "+" || t.s === "~")) {
      this.advance();
      return { k: "unary", op: t.s, operand: this.parseFactor(), line: t.line };
    }
    const line = t.line;
    let e: Expr;
    if (this.eat("await")) e = { k: "await", value: this.parsePrimary(), line };
    else e = this.parsePrimary();
    if (this.eat("**")) e = { k: "binop", op: "**", left: e, right: this.parseFactor(), line };
    return e;
  }

  /** atom trailer* */
  private parsePrimary(): Expr {
    const line = this.tok.line;
    let e = this.parseAtom();
    for (;;) {
      const tline = this.tok.line;
      if (this.eat(".")) {
        e = { k: "attr", value: e, attr: this.name(), line, tline };
      } else if (this.eat("(")) {
        e = { ...this.parseCall(e, line), tline };
      } else if (this.eat("[")) {
        e = { k: "subscript", value: e, index: this.parseSubscripts(), line, tline };
      } else {
        return e;
      }
    }
  }

  private parseAtom(): Expr {
    const t = this.tok;
    const line = t.line;
    switch (t.k) {
      case Tk.Name:
        this.advance();
        return { k: "name", id: t.s, line };
      case Tk.Num:
        if (!t.v) throw syntaxError(this.file, line, t.s);
        this.advance();
        return { k: "const", value: t.v, line };
      case Tk.Bytes:
        this.advance();
        return { k: "const", value: t.v!, line };
      case Tk.Str:
        this.advance();
        return { k: "const", value: { kind: "str", value: t.s }, line };
      case Tk.FStr:
        this.advance();
        return fstringCall(t.s, t.fx!, line, (src, l) => this.parseField(src, l));
      case Tk.Op:
        break;
      default:
        this.fail();
    }
    switch (t.s) {
      case "None":
        this.advance();
        return { k: "const", value: { kind: "none" }, line };
      case "True":
        this.advance();
        return { k: "const", value: { kind: "true" }, line };
      case "False":
        this.advance();
        return { k: "const", value: { kind: "false" }, line };
      case "...":
        this.advance();
        return { k: "const", value: { kind: "ellipsis" }, line };
      case "(":
        this.advance();
        return this.parseParen(line);
      case "[":
        this.advance();
        return this.parseBracket(line);
      case "{":
        this.advance();
        return this.parseBrace(line);
    }
    this.fail();
  }

  /** An f-string field, parsed by a nested parser sharing our deferred-error slot. */
  private parseField(src: string, line: number): Expr {
    const p = new ExprParser(src, this.file, line, this.lx.debug);
    p.scopes = this.scopes;
    const e = p.parseTest();
    if (p.tok.k === Tk.Newline) p.advance();
    if (p.tok.k !== Tk.End) p.fail();
    if (p.deferred) this.deferred ??= p.deferred;
    return e;
  }

  /** star_expr: '*' expr */
  protected parseStarOr(test: () => Expr): Expr {
    const line = this.tok.line;
    if (this.eat("*")) return { k: "starred", value: this.parseExpr(), line };
    return test.call(this);
  }

  private parseParen(line: number): Expr {
    if (this.eat(")")) return { k: "tuple", elts: [], line };
    if (this.at("yield")) {
      const y = this.parseYield();
      this.expect(")");
      return y;
    }
    const first = this.parseStarOr(this.parseNamedTest);
    if (this.at("for")) {
      const g = this.parseComp("genexp", first, line);
      this.expect(")");
      return g;
    }
    if (this.eat(")")) return first;
    const elts = this.parseRestOfList(first, ")");
    return { k: "tuple", elts, line };
  }

  /** After a first element: (',' elt)* [','] close. */
  private parseRestOfList(first: Expr, close: string): Expr[] {
    const elts = [first];
    while (this.eat(",")) {
      if (this.at(close)) break;
      elts.push(this.parseStarOr(this.parseNamedTest));
    }
    this.expect(close);
    return elts;
  }

  private parseBracket(line: number): Expr {
    if (this.eat("]")) return { k: "list", elts: [], line };
    const first = this.parseStarOr(this.parseNamedTest);
    if (this.at("for")) {
      const c = this.parseComp("listcomp", first, line);
      this.expect("]");
      return c;
    }
    return { k: "list", elts: this.parseRestOfList(first, "]"), line };
  }

  /** dictorsetmaker: MicroPython has no '*' or '**' unpacking in dict and set displays. */
  private parseBrace(line: number): Expr {
    if (this.eat("}")) return { k: "dict", keys: [], values: [], line };
    const first = this.parseTest();
    if (!this.eat(":")) {
      if (this.at("for")) {
        const c = this.parseComp("setcomp", first, line);
        this.expect("}");
        return c;
      }
      const elts = [first];
      while (this.eat(",") && !this.at("}")) {
        elts.push(this.parseTest());
        if (this.eat(":")) {
          this.defer("expecting just a value for set", line);
          this.parseTest();
        }
      }
      this.expect("}");
      return { k: "set", elts, line };
    }
    const value = this.parseTest();
    if (this.at("for")) {
      const generators = this.parseCompFors();
      this.expect("}");
      return { k: "dictcomp", key: first, value, generators, line };
    }
    const keys: (Expr | null)[] = [first], values = [value];
    while (this.eat(",") && !this.at("}")) {
      keys.push(this.parseTest());
      if (this.eat(":")) values.push(this.parseTest());
      else this.defer("expecting key:value for dict", line);
    }
    this.expect("}");
    return { k: "dict", keys, values, line };
  }

  protected parseComp(k: ListComp["k"], elt: Expr, line: number): ListComp {
    if (elt.k === "starred") this.fail();
    return { k, elt, generators: this.parseCompFors(), line };
  }

  /** comp_for: 'for' exprlist 'in' or_test [comp_iter] (MicroPython has no async comprehensions) */
  private parseCompFors(): Comprehension[] {
    const gens: Comprehension[] = [];
    while (this.eat("for")) {
      const target = this.parseTargetList();
      this.expect("in");
      const iter = this.parseOr();
      const ifs: Expr[] = [];
      while (this.eat("if")) ifs.push(this.parseTestNoCond());
      gens.push({ target, iter, ifs, isAsync: false });
    }
    return gens;
  }

  /** exprlist: (expr|star_expr) (',' (expr|star_expr))* [','] — for/del/comprehension targets. */
  protected parseTargetList(): Expr {
    const line = this.tok.line;
    const first = this.parseStarOr(this.parseExpr);
    if (!this.at(",")) return first;
    const elts = [first];
    while (this.eat(",")) {
      if (this.at("in") || this.at("=") || !this.startsExpr()) break;
      elts.push(this.parseStarOr(this.parseExpr));
    }
    return { k: "tuple", elts, line };
  }

  /** Call arguments after '('; also used for class bases. */
  protected parseCall(func: Expr, line: number): CallExpr {
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    let sawKw = false, sawDbl = false;
    while (!this.at(")")) {
      const aline = this.tok.line;
      if (this.eat("**")) {
        keywords.push({ value: this.parseTest() });
        sawDbl = true;
      } else if (this.eat("*")) {
        if (sawDbl) this.defer("* arg after **", line);
        args.push({ k: "starred", value: this.parseTest(), line: aline });
      } else {
        let e = this.parseTest();
        if (this.eat("=")) {
          const value = this.parseTest();
          if (e.k !== "name") this.defer("LHS of keyword arg must be an id", line);
          else keywords.push({ name: e.id, value });
          sawKw = true;
        } else {
          if (this.eat(":=")) {
            const value = this.parseTest();
            if (e.k !== "name") this.defer("can't assign to expression", aline);
            else e = { k: "namedexpr", target: e, value, line: aline };
          } else if (this.at("for")) {
            e = this.parseComp("genexp", e, aline);
          }
          if (sawDbl) this.defer("positional arg after **", line);
          else if (sawKw) this.defer("positional arg after keyword arg", line);
          args.push(e);
        }
      }
      if (!this.eat(",")) break;
    }
    this.expect(")");
    return { k: "call", func, args, keywords, line };
  }

  /** subscriptlist after '[': a single index, or a Tuple for several (or a trailing comma). */
  private parseSubscripts(): Expr {
    const line = this.tok.line;
    const first = this.parseSubscript();
    if (this.eat("]")) return first;
    const elts = [first];
    while (this.eat(",")) {
      if (this.at("]")) break;
      elts.push(this.parseSubscript());
    }
    this.expect("]");
    return { k: "tuple", elts, line };
  }

  private parseSubscript(): Expr {
    const line = this.tok.line;
    const lower = this.at(":") ? undefined : this.parseTest();
    if (!this.eat(":")) return lower!;
    const upper = this.at(":") || this.at("]") || this.at(",") ? undefined : this.parseTest();
    let step: Expr | undefined;
    if (this.eat(":") && !this.at("]") && !this.at(",")) step = this.parseTest();
    return { k: "slice", lower, upper, step, line };
  }

  /** yield_expr: 'yield' ['from' test | testlist_star_expr] */
  protected parseYield(): Expr {
    const line = this.advance().line;
    if (this.eat("from")) return { k: "yieldfrom", value: this.parseTest(), line };
    if (!this.startsExpr() || this.at("yield")) return { k: "yield", line };
    return { k: "yield", value: this.parseTestList(false), line };
  }

  /** testlist / testlist_star_expr: a Tuple when there is a comma. */
  protected parseTestList(star: boolean): Expr {
    const line = this.tok.line;
    const first = star ? this.parseStarOr(this.parseTest) : this.parseTest();
    if (!this.at(",")) return first;
    const elts = [first];
    while (this.eat(",")) {
      if (!this.startsExpr() || this.at("yield")) break;
      elts.push(star ? this.parseStarOr(this.parseTest) : this.parseTest());
    }
    return { k: "tuple", elts, line };
  }

  private parseLambda(noCond: boolean): Expr {
    const line = this.advance().line;
    const args = this.parseParams(":", false, "<lambda>", line);
    this.expect(":");
    this.scopes.push("<lambda>");
    const body = noCond ? this.parseTestNoCond() : this.parseTest();
    this.scopes.pop();
    return { k: "lambda", args, body, line };
  }

  /**
   * typedargslist / varargslist up to `close`. Errors MicroPython's compiler raises (non-default
   * after default, parameters after **) are deferred with the block name it reports.
   */
  protected parseParams(
    close: string,
    annotations: boolean,
    fname: string,
    defLine: number,
  ): Arguments {
    const a: Arguments = { args: [], defaults: [], kwonly: [], kwDefaults: [] };
    let star = false;
    while (!this.at(close)) {
      if (a.kwarg) this.defer("invalid syntax", defLine, fname);
      if (this.eat("**")) {
        a.kwarg = this.parseParam(annotations);
      } else if (this.eat("*")) {
        if (star) this.fail();
        star = true;
        if (this.tok.k === Tk.Name) a.vararg = this.parseParam(annotations);
      } else {
        const p = this.parseParam(annotations);
        const dflt = this.eat("=") ? this.parseTest() : undefined;
        if (star) {
          a.kwonly.push(p);
          a.kwDefaults.push(dflt);
        } else {
          if (dflt) a.defaults.push(dflt);
          else if (a.defaults.length > 0) {
            this.defer("non-default argument follows default argument", defLine);
          }
          a.args.push(p);
        }
      }
      if (!this.eat(",")) break;
    }
    return a;
  }

  private parseParam(annotations: boolean): Arg {
    const line = this.tok.line;
    const p: Arg = { name: this.name(), line };
    if (annotations && this.eat(":")) p.annotation = this.parseTest();
    return p;
  }

  protected nameExpr(): Name {
    const line = this.tok.line;
    return { k: "name", id: this.name(), line };
  }
}
