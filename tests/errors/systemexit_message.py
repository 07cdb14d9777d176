# oracle: unix
# exit: 1
# An uncaught SystemExit whose value is not an int prints it (str) to stderr, status 1.
import sys

print("out")
sys.stderr.write("err\n")
raise SystemExit("bye")
