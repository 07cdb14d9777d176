# str.replace('', x) inserts x between the bytes of the UTF-8 text, splitting multi-byte
# characters; the result reads back the way MicroPython's decoder reads such bytes
print(repr('\U0001f600x\U0001f600'.replace('', 'c')))
print(repr('\U0001f600'.replace('', '\u00e9')))
r = '\u00e9'.replace('', 'c')
print(repr(r), len(r))
print(repr('a\u20acb'.replace('', '-', 3)))
print(repr('a\u20acb'.replace('', '-', 2)))
print(repr(''.replace('', 'x')), repr('\u00e9'.replace('', '')), repr('ab'.replace('', '\u00e9')))
print(repr('\u00e9\u00e9'.replace('', 'x', 0)), repr('\u00e9'.replace('', 'x', 1)))
