# A native type's method taken from the type checks its first argument's exact type.
for name in ['upper', 'strip', 'split', 'find', 'startswith', 'format', 'replace', 'join']:
    f = getattr(str, name)
    for args in [(5,), (b'ab',), (None, 'a')]:
        try:
            print(name, f(*args))
        except TypeError as e:
            print(name, e)
print(str.upper('x'), str.join(',', ['a', 'b']), str.format('{}', 1), str.startswith('abc', 'a'))
class S(str): pass
try:
    str.upper(S('a'))
except TypeError as e:
    print(e)
print(S.upper('a'))
for f, a in [(bytes.upper, ('ab',)), (bytes.decode, ('ab',)), (list.append, ((), 1)),
             (dict.keys, ([],)), (int.to_bytes, (True, 1, 'little')), (str.upper, ())]:
    try:
        print(f(*a))
    except TypeError as e:
        print(e)
class L(list):
    def app(self, x):
        list.append(self, x)
try:
    L().app(1)
except TypeError as e:
    print(e)
class O:
    def __init__(self):
        object.__init__(self)
print(type(O()).__name__, dict.fromkeys([1]), bytes.fromhex('00'))
