// Statement half of the parser. Compound statements build their else/elif chains iteratively so
// long chains do not deepen the JS stack.
import type {
  Alias,
  BinOp,
  ClassDef,
  ExceptHandler,
  Expr,
  FunctionDef,
  IfStmt,
  Stmt,
  WhileStmt,
  WithItem,
} from "./ast.ts";
import { Tk } from "./lexer.ts";
import { checkName } from "./qstr_limit.ts";
import { ExprParser } from "./parser_expr.ts";

const AUG_OPS: Record<string, BinOp> = {
  "+=": "+",
  "-=": "-",
  "*=": "*",
  "@=": "@",
  "/=": "/",
  "//=": "//",
  "%=": "%",
  "**=": "**",
  "<<=": "<<",
  ">>=": ">>",
  "&=": "&",
  "|=": "|",
  "^=": "^",
};

export class StmtParser extends ExprParser {
  /** file_input: (NEWLINE | stmt)* ENDMARKER; throws any deferred compile error at the end. */
  parseModule(): Stmt[] {
    const body: Stmt[] = [];
    for (;;) {
      const k = this.tok.k;
      if (k === Tk.End) break;
      if (k === Tk.Newline) this.advance();
      else this.parseStatement(body);
    }
    this.finish();
    return body;
  }

  /** eval_input: testlist NEWLINE* ENDMARKER */
  parseEvalInput(): Expr {
    const e = this.parseTestList(false);
    while (this.tok.k === Tk.Newline) this.advance();
    if (this.tok.k !== Tk.End) this.fail();
    this.finish();
    return e;
  }

  private finish(): void {
    const e = this.deferredError();
    if (e) throw e;
  }

  private parseStatement(out: Stmt[]): void {
    const t = this.tok;
    if (t.k === Tk.Op) {
      switch (t.s) {
        case "if":
          out.push(this.parseIf());
          return;
        case "while":
          out.push(this.parseWhile());
          return;
        case "for":
          out.push(this.parseFor(false, t.line));
          return;
        case "try":
          out.push(this.parseTry());
          return;
        case "with":
          out.push(this.parseWith(false, t.line));
          return;
        case "def":
          out.push(this.parseDef([], false, t.line));
          return;
        case "class":
          out.push(this.parseClass([], t.line));
          return;
        case "@":
          out.push(this.parseDecorated());
          return;
        case "async":
          this.advance();
          out.push(this.parseAsync(t.line, []));
          return;
      }
    }
    this.parseSimpleLine(out);
  }

  private parseAsync(line: number, decorators: Expr[]): Stmt {
    if (this.at("def")) return this.parseDef(decorators, true, line);
    if (decorators.length === 0 && this.at("for")) return this.parseFor(true, line);
    if (decorators.length === 0 && this.at("with")) return this.parseWith(true, line);
    this.fail();
  }

  /** simple_stmt: small_stmt (';' small_stmt)* [';'] NEWLINE */
  private parseSimpleLine(out: Stmt[]): void {
    for (;;) {
      out.push(this.parseSmall());
      if (!this.eat(";") || this.tok.k === Tk.Newline) break;
    }
    if (this.tok.k !== Tk.Newline) this.fail();
    this.advance();
  }

  /** ':' suite, where suite is a simple line or NEWLINE INDENT stmt+ DEDENT. */
  private parseSuite(): Stmt[] {
    this.expect(":");
    const body: Stmt[] = [];
    if (this.tok.k !== Tk.Newline) {
      this.parseSimpleLine(body);
      return body;
    }
    this.advance();
    if (this.kind() !== Tk.Indent) this.fail();
    this.advance();
    while (this.kind() !== Tk.Dedent) {
      if (this.tok.k === Tk.Newline || this.tok.k === Tk.End) this.fail();
      this.parseStatement(body);
    }
    this.advance();
    return body;
  }

  private parseSmall(): Stmt {
    const t = this.tok;
    const line = t.line;
    if (t.k === Tk.Op) {
      switch (t.s) {
        case "pass":
        case "break":
        case "continue":
          this.advance();
          return { k: t.s, line };
        case "return": {
          this.advance();
          const value = this.startsExpr() ? this.parseTestList(false) : undefined;
          return { k: "return", value, line };
        }
        case "raise": {
          this.advance();
          if (!this.startsExpr()) return { k: "raise", line };
          const exc = this.parseTest();
          const cause = this.eat("from") ? this.parseTest() : undefined;
          return { k: "raise", exc, cause, line };
        }
        case "global":
        case "nonlocal": {
          this.advance();
          const names = [this.name()];
          while (this.eat(",")) names.push(this.name());
          return { k: t.s, names, line };
        }
        case "import": {
          this.advance();
          const names: Alias[] = [];
          do {
            const name = this.dottedName();
            names.push(this.eat("as") ? { name, asname: this.name() } : { name });
          } while (this.eat(","));
          return { k: "import", names, line };
        }
        case "from":
          return this.parseFrom();
        case "assert": {
          this.advance();
          const test = this.parseTest();
          const msg = this.eat(",") ? this.parseTest() : undefined;
          return { k: "assert", test, msg, line };
        }
        case "del": {
          this.advance();
          const targets = [this.parseStarOr(this.parseExpr)];
          while (this.eat(",") && this.startsExpr()) {
            targets.push(this.parseStarOr(this.parseExpr));
          }
          return { k: "del", targets, line };
        }
      }
    }
    return this.parseExprStmt(line);
  }

  private parseRhs(): Expr {
    return this.at("yield") ? this.parseYield() : this.parseTestList(true);
  }

  /** expr_stmt: assignment chains, augmented and annotated assignment, or an expression. */
  private parseExprStmt(line: number): Stmt {
    const first = this.parseRhs();
    if (this.at("=")) {
      const targets = [first];
      while (this.eat("=")) targets.push(this.parseRhs());
      const value = targets.pop()!;
      return { k: "assign", targets, value, line };
    }
    if (this.tok.k === Tk.Op) {
      const op = AUG_OPS[this.tok.s];
      if (op !== undefined) {
        this.advance();
        const value = this.at("yield") ? this.parseYield() : this.parseTestList(false);
        return { k: "augassign", target: first, op, value, line };
      }
      if (this.eat(":")) {
        const annotation = this.parseTest();
        const value = this.eat("=") ? this.parseRhs() : undefined;
        return { k: "annassign", target: first, annotation, value, line };
      }
    }
    return { k: "expr", value: first, line };
  }

  /** A dotted module name: one qstr in MicroPython, so it too has the name length limit. */
  private dottedName(): string {
    let name = this.name();
    while (this.eat(".")) name += "." + this.name();
    return checkName(name);
  }

  /** 'from' ('.' | '...')* [dotted_name] 'import' ('*' | '(' names ')' | names) */
  private parseFrom(): Stmt {
    const line = this.advance().line;
    let level = 0;
    for (;;) {
      if (this.eat(".")) level++;
      else if (this.eat("...")) level += 3;
      else break;
    }
    const module = level === 0 || this.tok.k === Tk.Name ? this.dottedName() : undefined;
    this.expect("import");
    if (this.eat("*")) return { k: "importfrom", module, level, names: "*", line };
    const paren = this.eat("(");
    const names: Alias[] = [];
    do {
      if (names.length > 0 && !(this.tok.k === Tk.Name)) break; // trailing comma
      const name = this.name();
      names.push(this.eat("as") ? { name, asname: this.name() } : { name });
    } while (this.eat(","));
    if (paren) this.expect(")");
    return { k: "importfrom", module, level, names, line };
  }

  /** if/elif/else, with the elif chain nested in orelse. */
  private parseIf(): IfStmt {
    const line = this.advance().line;
    const test = this.parseNamedTest();
    const top: IfStmt = { k: "if", test, body: this.parseSuite(), orelse: [], line };
    let cur = top;
    for (;;) {
      if (this.at("elif")) {
        const eline = this.advance().line;
        const etest = this.parseNamedTest();
        const next: IfStmt = {
          k: "if",
          test: etest,
          body: this.parseSuite(),
          orelse: [],
          line: eline,
        };
        cur.orelse = [next];
        cur = next;
      } else {
        if (this.eat("else")) cur.orelse = this.parseSuite();
        return top;
      }
    }
  }

  private parseElse(): Stmt[] {
    return this.eat("else") ? this.parseSuite() : [];
  }

  private parseWhile(): WhileStmt {
    const line = this.advance().line;
    const test = this.parseNamedTest();
    const body = this.parseSuite();
    return { k: "while", test, body, orelse: this.parseElse(), line };
  }

  private parseFor(isAsync: boolean, line: number): Stmt {
    this.expect("for");
    const target = this.parseTargetList();
    this.expect("in");
    const iter = this.parseTestList(false);
    const body = this.parseSuite();
    return { k: "for", target, iter, body, orelse: this.parseElse(), isAsync, line };
  }

  private parseTry(): Stmt {
    const line = this.advance().line;
    const body = this.parseSuite();
    const handlers: ExceptHandler[] = [];
    while (this.at("except")) {
      const hline = this.advance().line;
      let type: Expr | undefined, name: string | undefined;
      if (!this.at(":")) {
        type = this.parseTest();
        if (this.eat("as")) name = this.name();
      }
      handlers.push({ type, name, body: this.parseSuite(), line: hline });
    }
    const orelse = handlers.length > 0 ? this.parseElse() : [];
    const hasFinally = this.eat("finally");
    if (!hasFinally && handlers.length === 0) this.fail();
    const finalbody = hasFinally ? this.parseSuite() : [];
    return { k: "try", body, handlers, orelse, finalbody, line };
  }

  /** with_stmt: 'with' with_item (',' with_item)* ':' suite; like MicroPython, a parenthesized
   * item list is just a tuple expression, so `with (a as b):` is a syntax error. */
  private parseWith(isAsync: boolean, line: number): Stmt {
    this.expect("with");
    const items: WithItem[] = [];
    do {
      const expr = this.parseTest();
      items.push(this.eat("as") ? { expr, vars: this.parseExpr() } : { expr });
    } while (this.eat(","));
    return { k: "with", items, body: this.parseSuite(), isAsync, line };
  }

  /**
   * decorators (classdef | funcdef | async_funcdef). MicroPython only accepts a dotted name with
   * optional call arguments as a decorator. The def's line is the first decorator's: that is the
   * line MicroPython's compiler records for the statement (its `decorated` node), while the
   * decorator expressions keep their own lines.
   */
  private parseDecorated(): Stmt {
    const line = this.tok.line;
    const decorators: Expr[] = [];
    while (this.at("@")) {
      const dline = this.advance().line;
      let e: Expr = this.nameExpr();
      while (this.eat(".")) e = { k: "attr", value: e, attr: this.name(), line: dline };
      if (this.eat("(")) e = this.parseCall(e, dline);
      if (this.tok.k !== Tk.Newline) this.fail();
      this.advance();
      decorators.push(e);
    }
    if (this.at("def")) return this.parseDef(decorators, false, line);
    if (this.at("class")) return this.parseClass(decorators, line);
    if (this.eat("async")) return this.parseAsync(line, decorators);
    this.fail();
  }

  private parseDef(decorators: Expr[], isAsync: boolean, line: number): FunctionDef {
    const defLine = this.tok.line;
    this.expect("def");
    const name = this.name();
    this.expect("(");
    const args = this.parseParams(")", true, name, line);
    this.expect(")");
    const returns = this.eat("->") ? this.parseTest() : undefined;
    this.scopes.push(name);
    const body = this.parseSuite();
    this.scopes.pop();
    return { k: "funcdef", name, args, body, decorators, returns, isAsync, line, defLine };
  }

  private parseClass(decorators: Expr[], line: number): ClassDef {
    this.expect("class");
    const name = this.name();
    let bases: Expr[] = [], keywords: ClassDef["keywords"] = [];
    if (this.eat("(")) {
      const call = this.parseCall({ k: "name", id: name, line }, line);
      bases = call.args;
      keywords = call.keywords;
    }
    this.scopes.push(name);
    const body = this.parseSuite();
    this.scopes.pop();
    return { k: "classdef", name, bases, keywords, body, decorators, line };
  }
}
