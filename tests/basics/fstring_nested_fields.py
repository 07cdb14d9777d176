# MicroPython 1.27 lexes an f-string as its template followed by `.format((a),(b),)` source text;
# an f-string with fields inside that text adds its own field arguments at the end of it (no
# `.format`), so a nested f-string with replacement fields calls a str. Without fields, or
# side by side, f-strings work.
x = 1
print(f"{x}" f"{x}", f"{f"a"}{x}", f"{x:{"5"}}", f"a{"b"}c", f"{'{x}'}")
print(f"{f"ab"!r:>6}", f"{x=}", f"{ {'k': 2}['k'] }")
tests = (
    'f"a{f"b{x}c"}d"',
    'f"{f"{x}"}"',
    "f\"a{f'b{x}c'}d\"",
    "f\"a{'b' + f'{x}'}d\"",
    'f"a{f"b{f"c{f"d{x}e"}f"}g"}h"',
    '[f"{f"{y}"}" for y in "ab"]',
    'f"{str}"(f"{x}")',
)
for src in tests:
    try:
        print(eval(src))
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e)
try:
    exec('print(f"{f"{x}"}", 5)')
except SyntaxError as e:
    print("SyntaxError", e)
