# nargs: "+" and "*" lists, an exact count, "?" given a value; "-" is a value, not an option.
# oracle: cpython
import argparse

p = argparse.ArgumentParser()
p.add_argument("files", nargs="+")
print(p.parse_args(["a"]).files)
print(p.parse_args(["a", "b", "c"]).files)

p = argparse.ArgumentParser()
p.add_argument("pair", nargs=2)
p.add_argument("rest", nargs="*")
a = p.parse_args(["1", "2"])
print(a.pair, a.rest)
a = p.parse_args(["1", "2", "3", "4"])
print(a.pair, a.rest)

p = argparse.ArgumentParser()
p.add_argument("--tags", nargs="*")
p.add_argument("--point", nargs=2, type=int)
p.add_argument("--one", nargs="?", default="none")
p.add_argument("name")
a = p.parse_args(["--tags", "x", "y", "--point", "3", "4", "n"])
print(a.tags, a.point, a.one, a.name)
a = p.parse_args(["n", "--one", "given", "--tags"])
print(a.tags, a.point, a.one, a.name)
a = p.parse_args(["--point", "10", "5", "-"])
print(a.point, a.name)
