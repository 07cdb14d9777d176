# how MicroPython's lexer splits f-string fields: only [] and {} nest, quotes inside a field are
# not special (a ':' or '}' in a nested string ends the expression), '!r'/'!s' need ':' or '}'
# after them, and the character after "{{" is taken as text even when it is the closing quote
x, w, d, l = 42, 7, {"k": "v"}, [3, 4]
def t(src):
    try:
        r = eval(src)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(src, repr(r))
for src in ['f"{(lambda q: q + 1)(x)}"', 'f"{(lambda q:q)(x)}"', 'f"{l[0:1]}"', 'f"{(x if x else 1)}"', "f\"{ {1:2}[1] }\"",
            "f\"{'a:b'}\"", "f\"{'a!r'}\"", "f\"{'}'}\"", "f\"{'{'}\"", "f\"{'a[':>3}\"", "f\"{'(':>3}\"", 'f"{(d[\'k\'])}"',
            "f\"{ {'a':1} }\"", 'f"{(1, {2:3})}"', 'f"{(1,2)!r}"', "f\"{'a!r'!r}\"", 'f"{"a"}"', "f'{x:{\"<\"}5}'",
            'f"{x!r:{l[0]}}"', "f'''{'''a'''}'''", 'f"{x!a}"', 'f"{x != 2}"', 'f"{x!r }"', 'f"{x!s:>4}"', 'f"{x!}"',
            'f"a{{" + "b"', 'f"a{{" "b"', "f'a{{'+'b'", 'f"""a{{"""', 'f"""a{{""""""', 'f"""a{{" """', 'f"{{"x"',
            "f'{{'", "f'{{}}'", "f'{{{1}'", "f'{{{{'", "f'}}'", "f'}}{x}{{{w}'", "f'{x}}}'", "f'{x=}'", "f'{x=!r:>6}'"]:
    t(src)
