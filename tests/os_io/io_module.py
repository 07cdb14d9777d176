# oracle: unix
# io as the unix port has it (upy keeps io.SEEK_* too, as micropython-lib's io adds them).
import io

print([n for n in sorted(dir(io)) if not n.startswith("SEEK")])
print(io.open is open, io.IOBase.__name__)
s = io.StringIO("a\nb")
print(isinstance(s, io.IOBase), list(s))
