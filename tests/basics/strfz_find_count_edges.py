# oracle: unix
# find/count edge cases found by differential fuzzing: an empty bytearray that never held
# bytes finds no b'' (its buffer is NULL), an inverted range still holds one empty match,
# and bytes.count(b'') counts UTF-8 lead bytes the way str does
print(bytearray(b'').find(b''), bytearray(b'').rfind(b''), bytearray().find(b'', 0))
print(bytearray(0).rfind(b''), bytearray(b'abc')[3:].find(b''))
try:
    bytearray(b'').index(b'')
except ValueError as e:
    print('ValueError', e)
try:
    bytearray(b'').rindex(b'')
except ValueError as e:
    print('ValueError', e)
b = bytearray(b'x')
b[:] = b''
print(b.find(b''), b.rfind(b''), b.index(b''))
print(bytearray(b'').count(b''), b''.find(b''), b''.rfind(b''))
print('abc'.count('', 2, 0), 'abc'.count('', 3, 1), 'abc'.count('a', 2, 0))
print('ab,cd,,ef'.count('', 2, -10), b'a b  c '.count(b'', 2, -10))
print(bytearray(b'a,b').count(b'', 3, 0), ''.count('', 0, -5))
print(b'\xc3\xa9'.count(b''), b'\x80abc'.count(b''), b'\xff\xfe'.count(b''))
print(bytearray(b'\xa9\xa9x').count(b'', 1), b'\xe2\x82\xac '.count(b'', 0, 2))
