# non-overlapping count/replace/split and overlapping find over generated strings
for base in ["aa", "aba", "abab", "aaa"]:
    for n in range(0, 7):
        s = base * n
        print(base, n, s.count("aa"), s.count("aba"), s.replace("aa", "X"), s.replace("aba", "-", 1), s.split("aa"), s.rsplit("aa", 1))
s = "abcab" * 20
pos = []
i = s.find("cab")
while i >= 0:
    pos.append(i)
    i = s.find("cab", i + 1)
print(len(pos), pos[:5], pos[-2:], s.count("ab"), s.count("b", 10, 50), s.rfind("abc", 0, 50))
t = "".join(chr(0x61 + (i * 7) % 5) for i in range(200))
print(t.count("ab"), t.count("c"), t.find("ee"), t.rfind("da"), len(t.split("a")), t.replace("b", "").count("b"))
u = "\u00e9\u4e2d" * 30
print(u.count("\u4e2d\u00e9"), u.find("\u4e2d", 33), u.rfind("\u00e9", 0, 9), u.replace("\u00e9", "e", 5)[:12])
