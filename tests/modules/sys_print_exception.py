import sys, io
def fail():
    raise ValueError("printed")
try:
    fail()
except ValueError as e:
    buf = io.StringIO()
    sys.print_exception(e, buf)
    text = buf.getvalue()
print(text.replace("\n", "|"))
try:
    raise KeyError("x")
except KeyError as e:
    sys.print_exception(e, sys.stdout)
print("after")
