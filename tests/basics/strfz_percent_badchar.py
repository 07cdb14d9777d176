# an unsupported % conversion is named by its first UTF-8 byte (as a one-byte str) and its
# offset in bytes
for fmt in ['%\u00e9', 'ab\u00e9%\u20ac', '\u00e9ef%..\u00e9', 'eé%)', '%\U0001f600', '\u00e9\u00e9%a-r']:
    try:
        fmt % 1
    except ValueError as e:
        print(repr(str(e)))
for fmt in [b'ab\xc3%\xc3', b'%\xff', b'\xc3\xa9%k']:
    try:
        fmt % 1
    except ValueError as e:
        print(repr(str(e)))
