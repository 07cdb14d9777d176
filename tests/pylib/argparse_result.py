# What parse_args returns: a namedtuple called "args" (options first, then positionals), and
# parse_known_args's leftovers with "-" and unknown options.
# oracle: skip
# expected: the unix port v1.27.0 running micropython-lib's argparse.py (a copy in /tmp on
# MICROPYPATH) on this program; CPython words these differently.
import argparse

p = argparse.ArgumentParser()
p.add_argument("a", nargs=2)
p.add_argument("-b")
p.add_argument("--flag", action="store_true")
print(p.parse_args(["x", "y"]))
r = p.parse_args(["--flag", "x", "y", "-b", "3"])
print(r, type(r).__name__, r[0], len(r))
for argv in (
    ["-b", "2", "x", "y", "-", "c"],
    ["x", "y", "-b", "2", "-", "u", "v"],
    ["x", "y", "c", "-b", "2", "--x", "5", "1"],
    ["x", "y", "--zz", "9"],
):
    print(p.parse_known_args(argv))
q = argparse.ArgumentParser()
q.add_argument("--opt", nargs="?", default="dflt")
q.add_argument("--many", nargs="*")
print(q.parse_args(["--opt"]), q.parse_args(["--many", "1", "--", "-2", "--opt"]))
print(argparse.ArgumentParser().parse_args([]))
try:
    argparse.ArgumentParser(prog="x")
except TypeError as e:
    print("TypeError")
