import sys
print(hasattr(sys.stdin, "read"), hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"))
n = sys.stdout.write("partial ")
sys.stdout.write("line\n")
print(n)
sys.stderr.write("to stderr\n")
print(sys.stdout is not sys.stderr)
print("end of stdout")
