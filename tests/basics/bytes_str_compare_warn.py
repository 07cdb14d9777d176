# oracle: unix
# The unix port warns (on stderr) when a str is compared for equality with bytes (or their
# subclasses).
print("123" == b"123")
print(b"1" != "1")
print(b"a" in ["a"])
print([b"a"] == ["a"], ("a",) == (b"a",))


class B(bytes):
    pass


class S(str):
    pass


print(B(b"a") == "a", S("a") == b"a", S("a") == "a")
try:
    "a" < b"a"
except TypeError as e:
    print(e)
