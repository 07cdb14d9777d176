s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.find(""), s.find("o", 20, 30))
print(s.rfind("the"), s.rfind("o"), s.rfind("zzz"), s.rfind("o", 0, 15))
print(s.index("quick"), s.rindex("o"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError", e)
print(s.count("o"), s.count("the"), s.count(""), s.count("o", 15))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")))
print(s.startswith(("a", "t")), "abc".endswith("b", 0, 2))
print("o" in s, "cat" not in s, "" in s)
