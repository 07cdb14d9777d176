# compile(..., "single"): one statement; expression statements of the module scope print,
# also inside loops, ifs, try and with; not in def or class bodies.
srcs = [
    "1+1", "for i in range(3): i", "if 1:\n  5\n  6\n", "def f():\n  7\nf()", "x = 3", "None",
    "(1, 2)", "while False: 1", "try:\n  8\nexcept: pass", "class C:\n  10\n",
    "[j for j in range(2)]", "'s'", "1;2", "x", "if 0: pass\nelse: 11\n",
    "try:\n  1/0\nexcept:\n  12\nfinally:\n  13\n", "def g():\n  14\n", "1\n2",
]
for s in srcs:
    try:
        exec(compile(s, "<s>", "single"))
    except Exception as e:
        print(type(e).__name__, e)
