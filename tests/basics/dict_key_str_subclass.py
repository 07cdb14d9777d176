# Instances of str/bytes/tuple/int/float subclasses key dicts and sets by value.
class S(str): pass
d = {S('a'): 1, 'b': 2}
print(d['a'])
print(d[S('b')])
print(S('a') in {'a'}, 'a' in {S('a')})
print(hash(S('abc')) == hash('abc'))
s = set([S('x'), 'x'])
print(len(s))
class B(bytes): pass
print({B(b'a'): 1}[b'a'])
class I(int): pass
print({I(5): 1}[5], hash(I(5)))
class T(tuple): pass
print({T((1, 2)): 1}[(1, 2)])
class F(float): pass
print({F(2.5): 1}[2.5], {2.5: 1}[F(2.5)])
class FS(frozenset): pass
print({FS([1]): 3}[frozenset([1])])
d = {S('k%d' % i): i for i in range(8)}
print(list(d))
print(d == {'k%d' % i: i for i in range(8)})
class H(str):
    def __hash__(self): return 7
    def __eq__(self, o): return True
print({H('a'): 1}.get(H('q')))
class E(Exception): pass
e = E()
print({e: 1}[e])
for c in (list, dict, set, bytearray):
    class Sub(c): pass
    try:
        hash(Sub())
    except TypeError as e:
        print(e)
