a = 5
a += 3; print(a)
a -= 1; print(a)
a *= 4; print(a)
a //= 3; print(a)
a %= 5; print(a)
a **= 3; print(a)
a <<= 2; print(a)
a >>= 1; print(a)
a |= 0x100; print(a)
a &= 0x1F0; print(a)
a ^= 0xFF; print(a)
l = [1]
m = l
l += [2, 3]
print(l, m, l is m)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "ab"
s *= 3
print(s)
