import micropython
print(micropython.kbd_intr(-1))
print(micropython.kbd_intr(3))
x = 0
for i in range(1000):
    x += i
print(x)
