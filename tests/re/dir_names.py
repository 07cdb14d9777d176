# What the module, compiled patterns and match objects offer (no groups/span/start/end,
# no flags, no module-level split).
import re

print(dir(re))
print(dir(re.compile("a")))
print(dir(re.match("a", "a")))
print(re.__name__)
for name in ("compile", "match", "search", "sub", "split", "DEBUG", "I", "IGNORECASE",
             "findall", "finditer", "fullmatch", "escape", "error"):
    print(name, hasattr(re, name))
m = re.match("a", "a")
for name in ("group", "groups", "span", "start", "end", "groupdict", "string", "re"):
    print(name, hasattr(m, name))
