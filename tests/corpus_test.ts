// Unit tests for the corpus conventions shared by scripts/oracle.ts and scripts/test_all.ts.
import {
  corpusOutput,
  endsWithTraceback,
  expectedExit,
  listTests,
  parseDirectives,
  relativeTracebackPaths,
  stripNativeDecorators,
} from "../scripts/helpers/corpus.ts";
import { shortDiff } from "../scripts/helpers/diff.ts";

function assertEquals<T>(actual: T, expected: T): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`expected ${e}, got ${a}`);
}

Deno.test("directives", () => {
  const d = parseDirectives("# oracle: strip-native, allow-errors\n# exit: 3\nprint(1)\n");
  assertEquals(d, { cpython: false, stripNative: true, skip: false, allowErrors: true, exit: 3 });
  assertEquals(parseDirectives("print('# oracle: skip')\n").skip, false);
});

Deno.test("native decorators are blanked in place", () => {
  const src =
    "import micropython\n@micropython.native\ndef f():\n    @micropython.viper\n    def g(): pass\n";
  assertEquals(
    stripNativeDecorators(src),
    "import micropython\n\ndef f():\n    \n    def g(): pass\n",
  );
});

Deno.test("exit status from the expected output", () => {
  const tb =
    'Traceback (most recent call last):\n  File "a.py", line 2, in <module>\nValueError: x\n';
  assertEquals(endsWithTraceback("out\n" + tb), true);
  assertEquals(endsWithTraceback(tb + "after\n"), false);
  assertEquals(
    endsWithTraceback(
      'Traceback (most recent call last):\n  File "a.py", line 1\nSyntaxError: invalid syntax\n',
    ),
    true,
  );
  assertEquals(endsWithTraceback("IndexError: \n"), false);
  assertEquals(expectedExit(parseDirectives(""), "1\n" + tb), 1);
  assertEquals(expectedExit(parseDirectives("# exit: 7\n"), "x\n"), 7);
  assertEquals(expectedExit(parseDirectives(""), "plain\n"), 0);
});

Deno.test("every corpus test has an expected output", () => {
  const tests = listTests();
  if (tests.length < 400) throw new Error(`only ${tests.length} corpus tests`);
  const missing = tests.filter((t) => {
    try {
      return !Deno.statSync(t.replace(/\.py$/, ".exp")).isFile;
    } catch {
      return true;
    }
  });
  assertEquals(missing, []);
  if (tests.some((t) => /[\\/]_[^\\/]*\.py$/.test(t))) {
    throw new Error("helper module listed as test");
  }
});

Deno.test("short diff marks expected and produced lines", () => {
  assertEquals(shortDiff("a\nb\nc\n", "a\nB\nc\n"), "@ line 2\n- b\n+ B");
});

Deno.test("tracebacks name modules beside the test relative to its folder", () => {
  // The unix port opens them through the absolute sys.path[0]; the .exp keeps plain names.
  const dir = Deno.realPathSync(Deno.makeTempDirSync());
  const out = 'Traceback (most recent call last):\n  File "t.py", line 3, in <module>\n' +
    `  File "${dir}/_mod.py", line 2, in f\n  File "${dir}x/_other.py", line 1, in g\n`;
  assertEquals(
    relativeTracebackPaths(out, dir),
    'Traceback (most recent call last):\n  File "t.py", line 3, in <module>\n' +
      `  File "_mod.py", line 2, in f\n  File "${dir}x/_other.py", line 1, in g\n`,
  );
});

Deno.test("a traceback ending stdout (the unix port's) is kept after stderr", () => {
  const tb = 'Traceback (most recent call last):\n  File "a.py", line 2, in <module>\nE: x\n';
  assertEquals(corpusOutput("out\n" + tb, "err\n", 1), "out\nerr\n" + tb);
  // after a partial line, and with a message of several lines
  assertEquals(corpusOutput("part" + tb + "more\n", "err\n", 1), "parterr\n" + tb + "more\n");
  // a run that did not fail printed that text itself (sys.print_exception)
  assertEquals(corpusOutput("out\n" + tb, "err\n", 0), "out\n" + tb + "err\n");
  assertEquals(
    corpusOutput("out\nTraceback (most recent call last):\nno\n", "e\n", 1),
    "out\nTraceback (most recent call last):\nno\ne\n",
  );
  assertEquals(corpusOutput("out\n", "bye\n", 1), "out\nbye\n");
});
