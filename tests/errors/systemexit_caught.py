import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("caught SystemExit", e.args)
print("continuing")
