# platform() and libc_ver() accept and ignore any arguments; python_compiler() takes none.
import platform

p = platform.platform()
lib = platform.libc_ver()
print(platform.platform(1) == p, platform.platform(aliased=1, terse=0) == p)
print(platform.platform(1, 2, 3) == p, platform.libc_ver("x", "y", "z", "w") == lib)
print(platform.libc_ver(executable="/bin/sh") == lib)
for args in ((1,), ("x", "y")):
    try:
        platform.python_compiler(*args)
    except TypeError as e:
        print(e)
try:
    platform.python_compiler(x=1)
except TypeError as e:
    print(e)
