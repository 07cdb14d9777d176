# Usage errors: the short usage line and "error: ..." on stdout, then sys.exit(2).
# oracle: skip
# expected: the unix port v1.27.0 running micropython-lib's argparse.py (a copy in /tmp on
# MICROPYPATH) on this program; CPython words these differently.
import sys
import argparse

p = argparse.ArgumentParser()
p.add_argument("-n", type=int)
p.add_argument("--pair", nargs=2)
p.add_argument("-x", action="store_true")
p.add_argument("files", nargs="+")
for argv in (
    ["-n", "abc", "f"],
    ["--nope", "f"],
    [],
    ["f", "-n"],
    ["--pair", "1", "f"],
    ["--pair", "1", "-x"],
    ["a", "-x", "b"],
    ["-n", "5", "f", "g"],
):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print("exit", e.args)
