# argparse: positionals, options with short and long names, store_true/store_false, defaults
# and dest (printed attribute by attribute: the result's repr differs from CPython's).
# oracle: cpython
import argparse

p = argparse.ArgumentParser(description="copy files")
p.add_argument("src")
p.add_argument("dst")
p.add_argument("-v", "--verbose", action="store_true")
p.add_argument("-q", action="store_false", dest="loud")
p.add_argument("-n", "--dry-run", action="store_true")
p.add_argument("--mode", default="fast")
p.add_argument("-l", "--level", default=3)

a = p.parse_args(["in.txt", "out.txt"])
print(a.src, a.dst, a.verbose, a.loud, a.dry_run, a.mode, a.level)
a = p.parse_args(["-v", "--mode", "slow", "in", "out", "-q", "--dry-run"])
print(a.src, a.dst, a.verbose, a.loud, a.dry_run, a.mode, a.level)
a = p.parse_args(["--level", "9", "x", "y", "-l", "7"])
print(a.level, type(a.level).__name__)
args = ["a", "b"]
p.parse_args(args)
print(args)

q = argparse.ArgumentParser()
q.add_argument(dest="only")
print(q.parse_args(["value"]).only)
q.add_argument("-x", action="store_true", default=True)
q.add_argument("-y", action="store_false", default=False)
a = q.parse_args(["v"])
print(a.x, a.y)
