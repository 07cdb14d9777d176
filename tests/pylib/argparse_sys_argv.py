# parse_args() reads sys.argv[1:]; usage names sys.argv[0].
# oracle: skip
# expected: the unix port v1.27.0 running micropython-lib's argparse.py (a copy in /tmp on
# MICROPYPATH) on this program; CPython words these differently.
import sys
import argparse

sys.argv[:] = ["tool.py", "--count", "3", "name"]
p = argparse.ArgumentParser()
p.add_argument("--count", type=int, default=1)
p.add_argument("who")
a = p.parse_args()
print(a.count, a.who, sys.argv)
sys.argv[:] = ["tool.py"]
try:
    p.parse_args()
except SystemExit as e:
    print("exit", e.args)
