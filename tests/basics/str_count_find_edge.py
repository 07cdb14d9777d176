s = "aaaa"
print(s.count("aa"), s.find("aa", 1), s.rfind("aa"), s.count("a", 1, 3))
print("".count("a"), "".find(""), "abc".find("", 3), "abc".find("", 4))
print("abc".rfind(""), "abc".count(""), "ab".count("abc"))
print("hello"[-3:-1], "hello"[-100:100], "hello"[3:1])
