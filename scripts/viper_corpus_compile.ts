// Compiles every tests/viper program with -march=armv7m and armv6m (no JS crash allowed), and for
// the compile_error_* programs compiles each `compile_viper("...")` source the way their exec()
// does, comparing `TypeName (args)` with the .exp line. Prints a summary; exit 1 on a failure.
// Usage: bin/deno run -A scripts/viper_corpus_compile.ts
import { crossCompile } from "../ports/unix/cross.ts";
import { ARCH_CODES } from "../src/mpy/arch.ts";
import { PyBaseException } from "../src/py/obj_exception.ts";

const DIR = new URL("../tests/viper/", import.meta.url);
const ARCHS = ["armv7m", "armv6m"];

/** repr() of a one-string args tuple (the messages have no backslashes or both quote kinds). */
const argsRepr = (args: unknown[]) =>
  "(" + args.map((a) => String(a).includes("'") ? `"${a}"` : `'${a}'`).join(", ") + ",)";

/** What exec() of `src` prints in the corpus's compile_viper helper. */
function compileOutcome(src: string, arch: string): string {
  try {
    crossCompile(src, { inputName: "<string>", arch: ARCH_CODES.get(arch) });
    return "compiled";
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    return `${e.type.name} ${argsRepr(e.args.items)}`;
  }
}

let files = 0, failures = 0, checks = 0;
const names = [...Deno.readDirSync(DIR)].map((e) => e.name).filter((n) => n.endsWith(".py"));
for (const name of names.sort()) {
  const source = Deno.readTextFileSync(new URL(name, DIR));
  files++;
  for (const arch of ARCHS) {
    try {
      crossCompile(source, { inputName: name, arch: ARCH_CODES.get(arch) });
    } catch (e) {
      const exp = Deno.readTextFileSync(new URL(name.replace(/\.py$/, ".exp"), DIR));
      const msg = e instanceof PyBaseException ? `${e.type.name}: ${e.args.items[0]}` : String(e);
      // A module-level compile error is expected when the .exp is that traceback.
      if (!(e instanceof PyBaseException) || !exp.includes(msg)) {
        failures++;
        console.log(`FAIL ${name} ${arch}: ${msg}`);
      }
    }
  }
  if (!name.startsWith("compile_error_")) continue;
  const exp = Deno.readTextFileSync(new URL(name.replace(/\.py$/, ".exp"), DIR)).split("\n");
  const srcs = [...source.matchAll(/^compile_viper\((".*")\)$/gm)].map((m) => JSON.parse(m[1]));
  srcs.forEach((src: string, i: number) => {
    for (const arch of ARCHS) {
      checks++;
      const got = compileOutcome("import micropython\n@micropython.viper\n" + src, arch);
      if (got !== exp[i]) {
        failures++;
        console.log(`FAIL ${name} #${i} ${arch}: got ${got} expected ${exp[i]}`);
      }
    }
  });
}
console.log(
  `${files} programs x ${ARCHS.length} archs compiled; ${checks} error checks; ${failures} failures`,
);
if (failures) Deno.exit(1);
