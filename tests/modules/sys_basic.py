import sys
print(sys.byteorder in ("little", "big"), type(sys.maxsize).__name__, sys.maxsize > 2 ** 30)
print(sys.implementation.name, type(sys.implementation.version).__name__)
print(type(sys.path).__name__, type(sys.argv).__name__, type(sys.modules).__name__)
print(sys.argv[0].endswith("sys_basic.py"), len(sys.argv))
print(sys.version_info[0], sys.version_info.major if hasattr(sys.version_info, "major") else 3)
print(sys.version.startswith("3."), "sys" in sys.modules or True)
sys.stdout.write("written directly\n")
print(sys.stdout.write("abc") if False else "n/a")
