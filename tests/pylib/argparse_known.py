# parse_known_args: the parsed values and the arguments left over.
# oracle: cpython
import argparse

p = argparse.ArgumentParser()
p.add_argument("a", nargs=2)
p.add_argument("-b")
for argv in (
    ["x", "y", "-b", "2"],
    ["-b", "2", "x", "y", "z"],
    ["x", "y", "-b", "2", "z"],
    ["x", "y"],
):
    ns, rest = p.parse_known_args(argv)
    print(ns.a, ns.b, rest)
