# The strings differ between builds; their shapes do not.
import platform

p = platform.platform()
parts = p.split("-")
print(type(p), len(parts) >= 6, parts[1], "-with-" in p)
lib = platform.libc_ver()
print(type(lib), len(lib), type(lib[0]), type(lib[1]))
print(p.endswith("-with-" + lib[0] + lib[1]))
c = platform.python_compiler()
print(type(c))
