// Registers the asyncio package (Python, src/extmod/asyncio/*.py) as frozen modules. The
// sources are embedded by scripts/gen_frozen.ts; `import asyncio` compiles them on first use.
import { registerFrozen } from "../py/import.ts";
import { frozenSources } from "../generated/asyncio_sources.ts";

for (const [path, source] of Object.entries(frozenSources)) {
  const parts = path.replace(/\.py$/, "").split("/");
  const isPackage = parts[parts.length - 1] === "__init__";
  if (isPackage) parts.pop();
  registerFrozen(parts.join("."), source, isPackage);
}
