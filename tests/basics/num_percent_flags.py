# printf-style % formatting edge cases: the '0' flag with a precision zero-fills to the
# larger of width and precision (sign included), a precision above 1 pads a left-aligned
# field with spaces, %c stores one byte, %.Ns counts UTF-8 bytes, '*' takes a machine word.
for fmt in ('%.3d', '%0.3d', '%08.3d', '%-08.3d', '%-8.3d', '%+0.3d', '% 0.4d', '%05.3d',
            '%0.10d', '%#0.3x', '%#08.3x', '%#-8.3x', '%-#08.3o', '%0.3X', '%0.0d', '%0.1d'):
    print(fmt, [fmt % v for v in (0, 1, -1, 42, -42, 123456789, -2**40)])
for v in (65, 127, 128, 255, 256, -1, -42, 0x3b1, 2**30):
    s = '%c' % v
    print(v, repr(s))
for v in (2**31, -2**31, 2**40):
    try:
        print('%c' % v)
    except OverflowError as e:
        print(v, e)
print(repr(b'%c' % 255), repr(b'%c' % -1))
for s in ('abc', 'éa', 'aé', '€x', '😀'):
    print([('%.' + str(n) + 's') % s for n in range(5)])
print(repr('%5.1s|' % 'éa'), repr('%-5.2s|' % '€x'))
print('%*d|%-*d|' % (5, 1, 4, 2), '%.*f' % (2, 1.5))
try:
    print('%*d' % (2**31, 1))
except OverflowError as e:
    print(e)
for fmt in ('%+.10f', '% .10f', '%+.10e', '%+.20g', '%-+30.12f|'):
    print(fmt, fmt % 2**70, fmt % 1e20, fmt % -1e20)
print('{:+.10f} {: .10f} {:+.12F}'.format(2**70, 1e20, -1e21))
# zero padding of a grouped float is grouped too (the float's own digits are not)
for spec in ('012,.2f', '015,.2f', '+012,.2f', '09,.1f', '012_.2f', '012,', '012,%', '0=12,.2f'):
    print(spec, [('{:' + spec + '}').format(v) for v in (0.0, 1.5, -1.5, 1234.5, -1234567.891)])
