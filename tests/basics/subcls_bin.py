# oracle: unix
# bin() formats with "{:#b}", which takes only an int or bool: an int subclass instance or an
# object with __int__ is refused.
class I(int): pass
class X:
    def __int__(self): return 3
    def __index__(self): return 3
for v in [I(7), X(), True, 5, 2**70, -3, 1.5, "a"]:
    try:
        print(bin(v))
    except Exception as e:
        print("EXC", type(e).__name__, e)
print(hex(I(255)), oct(I(8)), abs(I(-2)), divmod(I(7), 2), pow(I(2), 5))
try:
    round(I(5))
except TypeError as e:
    print("round", e)
