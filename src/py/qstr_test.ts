// The static qstr table: 165 entries, current with the shared spec when that file is present.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import {
  GENERATED_PATH,
  parseStaticQstrs,
  renderQstrs,
  SPEC_URL,
} from "../../scripts/gen_qstrs.ts";
import { LAST_STATIC_QSTR_ID, STATIC_QSTR_ID, staticQstr } from "./qstr.ts";

const ROOT = new URL("../../", import.meta.url);

function readSpec(): string | undefined {
  try {
    return Deno.readTextFileSync(SPEC_URL);
  } catch {
    console.warn(`skipping: ${SPEC_URL.pathname} not found`);
    return undefined;
  }
}

const spec = readSpec();

Deno.test("static qstrs: ids 1..165, zip last", () => {
  assertEquals(LAST_STATIC_QSTR_ID, 165);
  assertEquals(staticQstr(0), undefined);
  assertEquals(staticQstr(1), "");
  assertEquals(staticQstr(165), "zip");
  assertEquals(staticQstr(166), undefined);
  assertEquals(STATIC_QSTR_ID.get("__dir__"), 2);
});

Deno.test({
  name: `${GENERATED_PATH} matches ../shared/spec/static-qstrs.txt`,
  ignore: spec === undefined,
  fn() {
    const current = Deno.readTextFileSync(new URL(GENERATED_PATH, ROOT));
    assertEquals(
      current,
      renderQstrs(parseStaticQstrs(spec!)),
      `${GENERATED_PATH} is stale: run deno run -A scripts/gen_qstrs.ts`,
    );
  },
});
