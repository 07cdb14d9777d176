# a bytes or bytearray subclass method that leaves the text unchanged returns the plain
# base object (MicroPython hands methods the native base), never the instance itself
class S(str):
    pass


class B(bytes):
    pass


class BA(bytearray):
    pass


for v in [S('abc'), S(' abc'), B(b'abc'), B(b' ab'), BA(b'abc'), BA(b' ab'), S(''), B(b''), BA(b'')]:
    c = (lambda x: x) if isinstance(v, str) else (lambda x: x.encode())
    for r in [v.strip(), v.lstrip(), v.rstrip(c('x')), v.replace(c('q'), c('r')),
              v.replace(c('a'), c('a'), 0), v.center(1), v.split(c('q'))[0],
              v.partition(c('q'))[0], v.rpartition(c('q'))[2]]:
        print(type(r).__name__, r is v, r == v, end='; ')
    print()
s = 'abc'
print(s.strip() is s, s.replace('q', 'r') is s, b'ab'.strip() is b'ab')
