def find(s, n, c):
    return s[:n].find(bytes([c]))
def count(s, n, c):
    return s[:n].count(bytes([c]))
def substr(h, hn, nd, nn):
    return h[:hn].find(nd[:nn])
s = b"abracadabra"
print([find(s, len(s), ord(c)) for c in "abcdrz"], find(s, 0, 97))
print([count(s, len(s), ord(c)) for c in "abcdrz"], count(s, 4, 97))
for n in (b"abra", b"cad", b"bra", b"a", b"", b"abracadabrax", b"dab", b"zz"):
    print(n, substr(s, len(s), n, len(n)))
