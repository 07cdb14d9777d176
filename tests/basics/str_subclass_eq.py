# A str subclass instance compares equal to the str it holds, either way round.
class S(str):
    pass
print("hello" == S("hello"), S("hello") == "hello", S("hello") == S("hello"))
print("hello" != S("hello"), S("a") != "b")
print("hello" in [S("hello")], S("x") in ["x"])
print(S("a") < "b")
try:
    print("a" < S("b"))
except TypeError as e:
    print("TypeError", e)
