# & | ^ ~ on negative ints, small and long
vals = [0, 1, -1, 2, -2, 255, -256, 0x3FFFFFFF, -0x40000000, 2**31, -(2**31), 2**63 - 1, -(2**63), 2**64 + 0xF0F0, -(2**64) - 0xF0F0, 2**100, -(2**100) + 1]
for a in vals:
    print(a, ~a, -a - 1 == ~a)
    for b in vals[::3]:
        x = a & b
        y = a | b
        z = a ^ b
        assert x + y == a + b
        assert z == (a | b) - (a & b)
        print(a, b, x, y, z)
a = -(2**70)
a &= 2**80 - 1
print(a)
a |= -1
print(a)
a ^= 2**65
print(a)
for bad in (1.5, "x", [1]):
    try:
        print(1 & bad)
    except TypeError as e:
        print("TypeError", e)
try:
    print(~1.5)
except TypeError as e:
    print("TypeError", e)
