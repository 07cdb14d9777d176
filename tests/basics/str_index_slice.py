s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:])
print(s[100:], s[-100:2], s[5:2], repr(s[3:3]))
try:
    s[20]
except IndexError as e:
    print("IndexError", e)
try:
    s[1] = "x"
except TypeError as e:
    print("TypeError", e)
u = "héllo wörld €"
print(len(u), u[1], u[-1], u[6:11], u.upper())
print(u.encode(), len(u.encode()))
