# SyntaxError messages for invalid expressions, literals and f-strings via compile()/eval()
srcs = [
    "1 +* 2", "(", ")", "[1, 2]]", "{1: }", "{:1}", "{1, 2: 3}", "{1: 2, 3}",
    "lambda x, x: 0", "lambda *: 0", "lambda a=1, b: 0", "f(x for x in y, 1)",
    "f(1, x for x in y)", "[*a]", "(*a)", "*a", "print(*)", "x if y", "x if y else",
    "not", "a not b", "a is not not b", "1 < < 2", "a..b", "a.", ".a", "a[]", "a[1:2:3:4]",
    "yield", "await", "x = yield = 1", "f'{'", "f'{}'", "f'}'", "f'{x!z}'", "f'{x!}'",
    "f'{x:{y:{z}}}'", "f'{#}'", "'a' 'b' f'{1}'", "b'a' 'b'", "'a' b'b'", "b'\\xff' b'\xe9'",
    "'\\N{DASH}'", "'\\x4'", "u'x'", "rb'\\d'", "br'x' Rb'y'", "0b102", "0o8", "0xg", "1e", "1.e5",
    "1j", "1_000j", ".5e-3", "1e1000", "0_0", "00", "0_1", "1__2", "0b_1", "0x_f_f",
    "x = 1; y = 2;", "x = 1;; y = 2", ";", "if x: pass; else: pass", "def f(): return 1; 2",
    "a = b = c = 1", "(a) = 1", "((a, b)) = 1, 2", "[a, (b, [c])] = x", "a.b.c = 1", "a[1][2] = 3",
    "(yield)", "x = *a, *b", "x = *a", "print(*a, *b)", "del (a), [b]", "del (a, b)",
]
for s in srcs:
    try:
        compile(s, "<expr>", "exec")
        print(repr(s), "compiled")
    except SyntaxError as e:
        print(repr(s), "SyntaxError:", e)
    except Exception as e:
        print(repr(s), type(e).__name__, e)
