# bytes, bytearray and memoryview as MicroPython 1.27 treats their arguments (found by the
# builtins fuzz test): which buffer kinds each method takes, the empty results a bytearray
# method gives, hex separators, the constructors' checks, `in`, comparisons and +=.
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for m, args in [('find', (b'2',)), ('split', (b'2',)), ('startswith', (b'1',)),
                ('strip', (b'1',)), ('partition', (b'2',)), ('rpartition', (b'9',)),
                ('replace', (b'2', b'x'))]:
    for self in (b'1234', bytearray(b'1234')):
        for conv in (bytes, bytearray, memoryview, str):
            def f():
                a = tuple(x.decode() if conv is str else conv(x) for x in args)
                return getattr(self, m)(*a)
            print(m, type(self).__name__, conv.__name__, end=': ')
            t(f)
t(lambda: bytearray(b'') .strip(b'1'))
t(lambda: bytearray(b'abc').strip(b'abc'))
t(lambda: bytearray(b'abc').strip())
t(lambda: bytearray(b'a b').partition(b' '))
t(lambda: b'  a b  '.split(None, 1))
t(lambda: '  a b  '.rsplit(None, 0))
t(lambda: '1234'.startswith(b'1'))
t(lambda: '1234'.endswith(b'4'))
t(lambda: b'abc'.find(b'c', 'x'))
t(lambda: 'abc'.find('c', None, 'x'))
t(lambda: 'abc'.replace(1, 'x', 'y'))
t(lambda: ord(bytearray(b'a')))
# hex and fromhex
t(lambda: b'abc'.hex('-'))
t(lambda: b'abc'.hex('--'))
t(lambda: b'abc'.hex(b':'))
t(lambda: b'abc'.hex(''))
t(lambda: b'abc'.hex(bytearray(b'-')))
t(lambda: b'abc'.hex(1))
t(lambda: memoryview(b'abc').hex('-'))
t(lambda: memoryview(b'').hex('-'))
t(lambda: bytes.fromhex(b'0a 0b'))
t(lambda: bytes.fromhex(bytearray(b'0a')))
t(lambda: bytes.fromhex(memoryview(b'0a')))
t(lambda: bytes.fromhex(1))
# constructors
t(lambda: bytes(3, 'utf-8'))
t(lambda: bytes(b'a', 'utf-8'))
t(lambda: bytes('abc', 'utf-8', 'x', 1))
t(lambda: bytes(True))
t(lambda: bytes(None))
t(lambda: bytes(2 ** 70))
t(lambda: bytes(range(1, 4), 0))
t(lambda: bytearray(range(-2, 2)))
t(lambda: bytearray([300, -1]))
t(lambda: bytearray('ab'))
t(lambda: bytearray('ab', 'utf-8'))
t(lambda: bytearray(-2))
t(lambda: bytearray(2 ** 31))
t(lambda: bytearray(True))
t(lambda: memoryview('ab'))
t(lambda: str('ab', 'x'))
# in
t(lambda: None in b'abc')
t(lambda: 97.0 in b'abc')
t(lambda: True in b'\x01')
t(lambda: 300 in b'abc')
t(lambda: 'a' in b'abc')
t(lambda: None in bytearray(b'abc'))
t(lambda: 'a' in bytearray(b'abc'))
t(lambda: b'' in bytearray())
t(lambda: 97 in bytearray(b'abc'))
t(lambda: b'a' in memoryview(b'abc'))
t(lambda: 97 in memoryview(b'abc'))
# comparisons
t(lambda: bytearray(b'b') == 'b')
t(lambda: 'b' == bytearray(b'b'))
t(lambda: 'b' == memoryview(b'b'))
t(lambda: bytearray(b'b') in ['a', 'b'])
t(lambda: bytearray(b'b') < 'c')
t(lambda: bytearray(b'b') < 3)
t(lambda: bytearray(b'b') >= None)
t(lambda: memoryview(b'b') < memoryview(b'c'))
t(lambda: memoryview(b'b') < b'c')
t(lambda: b'b' < memoryview(b'c'))
t(lambda: b'a' < 'b')
t(lambda: b'a' < 3)
# + and +=
t(lambda: b'ab' + 'c')
t(lambda: b'ab' + [1])
t(lambda: bytearray(b'ab') + 'c')
t(lambda: bytearray(b'ab') + [1])
def f():
    x = bytearray(b'ab')
    x += range(3)
    x += 'c'
    x += [300]
    return x
t(f)
def f():
    x = bytearray(b'ab')
    x += 5
t(f)
# center reads its width unsigned: a negative one asks for a huge buffer
t(lambda: ' '.center(-5))
t(lambda: bytearray(b'aaa').center(-3))
t(lambda: b'ab'.center(6))
