width = 10
prec = 3
val = 3.14159265
print(f"[{val:{width}.{prec}f}]")
print(f"[{'s':>{width}}]", f"[{'s':<{width}}]")
x = 255
print(f"{x:#06x} {x:08b} {-x:+}")
print(f"{x if x > 100 else 0}", f"{max(4, 2) * 2}")
s = "q'uote"
print(f"{s}", f'{s!r}', f"{'a' + 'b'}", f'{"dq"}')
print(f"{[i * i for i in range(4)]}", f"{ {'a': 1}['a'] }")
