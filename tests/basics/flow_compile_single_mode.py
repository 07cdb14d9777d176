# compile(..., "single") prints expression statement values like the REPL does
srcs = ["1 + 1", "None", "'text'", "[1, 2]", "x = 5", "x", "for i in range(3): i",
        "if True:\n    7\n    8\n", "print('printed')", "(1, 'a', None)", "b'bytes'", "2 ** 100",
        "1.5", "{}", "def f(): return 1\n", "f()", "del x", "1 if 0 else None"]
g = {}
for s in srcs:
    print("--", repr(s))
    try:
        exec(compile(s, "<single>", "single"), g)
    except Exception as e:
        print(type(e).__name__, e)

# eval mode returns values; exec mode returns None
print(eval(compile("3 * 7", "<e>", "eval")))
print(exec(compile("3 * 7", "<x>", "exec")))
for mode in ["bad", "EXEC", ""]:
    try:
        compile("1", "<m>", mode)
    except ValueError as e:
        print("ValueError", e)
# the filename appears in tracebacks of compiled code
import sys
try:
    exec(compile("\n\n1 / 0", "my_file.py", "exec"))
except ZeroDivisionError as e:
    sys.print_exception(e, sys.stdout)
try:
    exec(compile("def g():\n    return [][1]\ng()", "other.py", "exec"), {})
except IndexError as e:
    sys.print_exception(e, sys.stdout)
print("done")
