// Modules that load on demand: each part names exactly the modules it loads, and the scan that
// decides whether a program needs them errs only toward loading.
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { LAZY_CORE } from "./boot_table.ts";
import { UNIX_LAZY } from "../../ports/unix/interpreter.ts";
import { mayNeedLazyModules } from "./lazy_modules.ts";
import { unixInterpreter } from "../../ports/unix/interpreter.ts";
import { memoryHost } from "./host.ts";

Deno.test("a lazy part's names are the modules it loads", async () => {
  for (const part of [LAZY_CORE, UNIX_LAZY]) {
    const loaded = await part.load();
    assertEquals(loaded.modules.map(([name]) => name), [...part.names]);
  }
});

Deno.test("programs that can only reach core modules need nothing loaded", () => {
  for (
    const src of [
      "print(1)",
      "import sys\nprint(sys.argv)",
      "import gc, micropython as mp\nfrom math import sqrt, pi\n",
      "import utime\nfrom ucollections import OrderedDict",
      "important = 1  # a name that starts like the keyword",
    ]
  ) assert(!mayNeedLazyModules(src), src);
});

Deno.test("anything that may import more loads the parts first", () => {
  for (
    const src of [
      "import json",
      "import sys, json",
      "from . import x",
      "import time", // a time.py beside the script could import anything
      "from os import path",
      "__import__('json')",
      "exec('import json')",
      "eval(s)",
      "sys.path.append('lib')",
      "@micropython.native\ndef f(): pass",
      "@micropython.viper\ndef f(): pass",
      "@micropython.asm_thumb\ndef f(): pass",
      "if x: import re",
      "try:\n    import ujson as json\nexcept ImportError:\n    pass",
    ]
  ) assert(mayNeedLazyModules(src), src);
});

Deno.test("a program without imports still gets lazy modules through exec after prepare", async () => {
  let out = "";
  const py = unixInterpreter({ host: memoryHost({ writeStdout: (s) => out += s }) });
  const r = await py.runSource("exec('import json; print(json.dumps([1]))')");
  assertEquals([r.code, out], [0, "[1]\n"]);
});
