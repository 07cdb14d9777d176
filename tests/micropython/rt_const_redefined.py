# A name defined by const() is its value from then on, also where it is a target: rebinding,
# augmenting or deleting it is a SyntaxError, inside functions too.
srcs = [
    "A = const(1)\nA = const(2)",
    "A = const(1)\nA = 2",
    "A = const(1)\ndef f():\n  A = 3",
    "A = const(1)\nA += 1",
    "A = const(1)\nfor A in range(2): pass",
    "A = const(1)\ndel A",
    "A = const(1)\nA, b = 1, 2",
    "A = const(1)\nwith open('x') as A: pass",
    "A = const(1)\nB = const(A + 1)\nprint(A, B)",
    "A = const(1)\nprint(A, 'A' in globals())",
    "_A = const(5)\nprint(_A, '_A' in globals())",
    "A = const(x)",
    "A = const(1, 2)",
]
for s in srcs:
    try:
        exec("from micropython import const\n" + s, {})
    except Exception as e:
        print(type(e).__name__, e)
