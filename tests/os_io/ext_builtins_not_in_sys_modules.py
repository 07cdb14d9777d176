# Built-in modules are not entries of sys.modules, and each import gives the same object.
import sys
import json, struct, gc, math, micropython

print(sorted(k for k in sys.modules if not k.startswith("asyncio")))
import json as j2

print(j2 is json, "json" in sys.modules)
sys.modules["json"] = "replaced"
import json as j3

print(j3)
del sys.modules["json"]
import json as j4

print(j4 is json)
