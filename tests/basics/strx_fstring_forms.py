# f-strings: conversions, format specs, nested specs, escapes, expressions
x, y, s = 42, 2.5, "hi"
w, p = 8, 3
lst = [1, 2, 3]
d = {"a": 1}
print(f"{x}|{x!r}|{s!r}|{s!s}|{x:>5}|{x:<5}|{x:^5}|{x:05}|{x:+}|{x:#x}|{x:,}")
print(f"{y:{w}.{p}f}|{y:>{w}}|{s:*^{w}}|{x:{'>'}{w}}")
print(f"{{literal}}|{{{x}}}|{x}{{|}}{y}")
print(f"{lst[1]}|{d['a']}|{len(lst)}|{x * 2 + 1}|{'yes' if x else 'no'}|{[i*i for i in lst]}")
print(f"{s.upper()}|{s!r:>6}|{3.0!s}|{None}|{True:d}|{b'x'}")
print(f"{x=}", f"{y=:.1f}", f"{s=!r}", f"{x+1=}")
print(f'{"nested"}' f"{'q'}" f'''{x}''' + f"""{y}""")
print(f"a\tb\\{x}\n".encode())
v = 255
print(f"{v:b}|{v:o}|{v:X}|{v:#010b}|{-v:_x}|{v - 190:c}")
print(f"{1e100:.3g}|{0.000123:e}|{12.0:%}")
def f(a):
    return a * 3
print(f"{f('ab')}|{f(x)}|{(d['a'], 2)}")
print(f"{x!r:^{w}}|{s!s:>{p}}")
for src in ['f"{s = }"', 'f"{}"', 'f"{x!z}"', 'f"{x"', 'f"}"', 'f"{x:{y:{w}}}"', 'f"{x!r=}"', "f'{\"a\"}'"]:
    try:
        print(src, repr(eval(src)))
    except Exception as e:
        print(src, type(e).__name__)
