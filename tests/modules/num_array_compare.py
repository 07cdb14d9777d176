# array: comparisons (only == between arrays of one typecode; byte arrays order against any
# buffer; the rest is a bare NotImplementedError), + appends raw bytes, unhashable, the
# typecode's first char, 'O' arrays, value types.
from array import array

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: array('i', [1, 2]) == array('i', [1, 2]))
show(lambda: array('i', [1, 2]) != array('i', [1, 3]))
show(lambda: array('i', [1, 2]) == array('b', [1, 2]))
show(lambda: array('f', [1.0]) == array('d', [1.0]))
show(lambda: array('i', [1, 2]) == [1, 2])
show(lambda: array('B', [1, 2]) == b'\x01\x02')
show(lambda: array('B', [1, 2]) == bytearray(b'\x01\x02'))
show(lambda: array('i', [1]) < array('i', [2]))
show(lambda: array('B', [1]) < b'\x02')
show(lambda: array('b', [1, 2]) >= bytearray(b'\x01'))
show(lambda: array('B', [1]) < array('h', [2]))
show(lambda: sorted([array('i', [2]), array('i', [1])]))
show(lambda: array('i', [1]) in [array('i', [1])])
show(lambda: array('d', [1]) + array('d', [2]))
show(lambda: array('d', [1]) + array('f', [2]))
show(lambda: array('i', [1, 2]) + b'abcd')
show(lambda: array('i', [1, 2]) + b'ab')
show(lambda: array('d', [1]) + [2])
show(lambda: hash(array('i')))
show(lambda: array('ii', [3]))
show(lambda: array(''))
show(lambda: array('z'))
show(lambda: array('O', [1, 'a', None]))
show(lambda: array('O', [1, 'a'])[1])
show(lambda: array('O', [1]) == array('O', [1]))
show(lambda: array('b', [1.5]))
show(lambda: array('f', ['a']))
show(lambda: array('f', [2**70]))
show(lambda: array('b', 'ab'))
show(lambda: array('q', [2**63]))
show(lambda: array('I', [2**70]))
