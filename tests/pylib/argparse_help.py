# -h/--help: the full usage (description, positional and optional args with help) and exit 0.
# oracle: skip
# expected: the unix port v1.27.0 running micropython-lib's argparse.py (a copy in /tmp on
# MICROPYPATH) on this program; CPython words these differently.
import argparse

p = argparse.ArgumentParser(description="Frobnicate the input.")
p.add_argument("infile", help="file to read")
p.add_argument("extra", nargs="*", help="more files")
p.add_argument("-o", "--output", default="-", help="where to write")
p.add_argument("-v", "--verbose", action="store_true", help="say more")
p.add_argument("--size", nargs=2, help="width and height")
p.add_argument("--level", nargs="?")
for argv in (["-h"], ["x", "--help"]):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.args)
q = argparse.ArgumentParser()
try:
    q.parse_args(["--help"])
except SystemExit as e:
    print("exit", e.args)
