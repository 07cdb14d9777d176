// The static qstr table: 165 entries, current with docs/spec/static-qstrs.txt.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import {
  GENERATED_PATH,
  parseStaticQstrs,
  renderQstrs,
  SPEC_URL,
} from "../../scripts/gen_qstrs.ts";
import { LAST_STATIC_QSTR_ID, STATIC_QSTR_ID, staticQstr } from "./qstr.ts";

const ROOT = new URL("../../", import.meta.url);

const spec = Deno.readTextFileSync(SPEC_URL);

Deno.test("static qstrs: ids 1..165, zip last", () => {
  assertEquals(LAST_STATIC_QSTR_ID, 165);
  assertEquals(staticQstr(0), undefined);
  assertEquals(staticQstr(1), "");
  assertEquals(staticQstr(165), "zip");
  assertEquals(staticQstr(166), undefined);
  assertEquals(STATIC_QSTR_ID.get("__dir__"), 2);
});

Deno.test({
  name: `${GENERATED_PATH} matches docs/spec/static-qstrs.txt`,
  fn() {
    const current = Deno.readTextFileSync(new URL(GENERATED_PATH, ROOT));
    assertEquals(
      current,
      renderQstrs(parseStaticQstrs(spec)),
      `${GENERATED_PATH} is stale: run deno run -A scripts/gen_qstrs.ts`,
    );
  },
});
