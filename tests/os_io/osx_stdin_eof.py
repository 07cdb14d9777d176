# oracle: unix
# With stdin at its end (the corpus runs programs with stdin from /dev/null): input() raises
# EOFError, the readers return empty values.
import sys

for prompt in ((), ("prompt> ",), ("",)):
    try:
        input(*prompt)
    except EOFError as e:
        print("EOFError", e.args)
print(repr(sys.stdin.read()), repr(sys.stdin.read(5)), repr(sys.stdin.readline()))
print(repr(sys.stdin.buffer.read()), repr(sys.stdin.buffer.read(3)), repr(sys.stdin.buffer.readline()))
print(list(sys.stdin), sys.stdin.readlines())
try:
    input(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    input(123)
except EOFError:
    print("EOFError after int prompt")
print(type(sys.stdin).__name__, sys.stdin.fileno())
