# oracle: skip
# expected: from the unix port v1.27.0 (../shared/firmware/micropython-1.27.0-unix-x86_64) running
# this program in a scratch folder under /tmp beside micropython-lib's pathlib.py (the
# WebAssembly oracle's file system reports emscripten errno values, e.g. ENOENT as 44).
# the module's helpers: _clean_segment and _mode_if_exists
import pathlib

for s in ("", "/", "//", "a/", "a//b", "a///b//", 12, "./x"):
    print(repr(s), repr(pathlib._clean_segment(s)))
print(pathlib._mode_if_exists("_no_such_file_here"))
print(pathlib._mode_if_exists("pathlib_module.py") & 0xF000 == 0x8000)
print(pathlib._mode_if_exists(".") & 0xF000 == 0x4000)
print(type(pathlib.Path("x")).__name__, pathlib.Path.__name__)
