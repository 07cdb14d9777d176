# padding counts bytes: a precision that cuts a UTF-8 sequence keeps the bytes it cut to,
# and zero fill with grouping groups the padding of strings and chars too
for fmt in ['{:3.3}', '{:5.2}', '{:>6.1}', '{:^7.3}', '{:x>#020.2s}', '{:8.5}']:
    print(fmt, repr(fmt.format('\U0001f600')), repr(fmt.format('\u00e9\u00e9')))
for fmt in ['%5.2s|', '%-6.3s|', '%8.1s|', '% +5.2s|', '%#08.2s|']:
    print(fmt, repr(fmt % '\U0001f600'), repr(fmt % '\u20acx'))
for fmt in ['{:010,}', '{:08,}', '{:>010,}', '{:^012,}', '{:010_}', '{:x<010,}', '{:04,}',
            '{:013_}', '{:010,.2}']:
    print(fmt, [fmt.format(s) for s in ['ab', '', 'a', 'abcd', '\u00e9x', 'abcdefgh']])
for fmt in ['{0:-05_c}', '{:05,c}', '{:<08,c}', '{:^09_c}', '{:010,c}', '{:3,c}']:
    print(fmt, repr(fmt.format(65)), repr(fmt.format(123456789)))
