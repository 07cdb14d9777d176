# Repeated calls give equal results (and a fresh import sees the same module).
import platform

print(platform.platform() == platform.platform())
print(platform.python_compiler() == platform.python_compiler())
print(platform.libc_ver() == platform.libc_ver())
import platform as p2

print(p2 is platform)
print(platform.platform().split("-")[1] == "%d.%d.%d" % __import__("sys").implementation.version[:3])
