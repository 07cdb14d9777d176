# a native value compared with a user subclass instance: the subclass's __eq__/__ne__ decide
for base, val in ((list, [1]), (tuple, (1,)), (dict, {1: 2}), (str, "a"), (bytes, b"a"), (int, 1),
                  (set, {1}), (frozenset, frozenset([1])), (bytearray, bytearray(b"a"))):
    class C(base):
        def __eq__(self, o):
            return "custom"
        def __ne__(self, o):
            return "custom-ne"
    class P(base):
        pass
    class OnlyEq(base):
        def __eq__(self, o):
            return False
    c, p, q = C(val), P(val), OnlyEq(val)
    print(base.__name__, val == c, c == val, val != c, val == p, p == val, val != p, val == q, val != q)
class Plain:
    def __eq__(self, o):
        return "plain-eq"
print(1 == Plain(), "s" == Plain(), None == Plain(), [1] == Plain(), Plain() == 1)
print([Plain()] == [1], (1,) == (Plain(),))
