# str.strip(chars) works on UTF-8 bytes: it can take whole characters whose bytes all occur
# in chars, or part of one, which leaves invalid UTF-8 (UnicodeError)
for s, c in [('xx\U0001f600', '\u3000'), ('\u00e9', '\u00e3\u00a9'), ('\u00e9a', '\u00c3'), ('\u00e4', '\u00e9'),
             ('\u00e9x\u00e9', '\u00e9'), ('\u20ac\u20ac', '\u20ac'), ('a\u00e9', '\u00e9\u00e8'), ('\U0001f600', '\U0001f601'),
             ('\u00e9', 'a\u00e9'), ('', '\u00e9'), ('\u00e9\u00e9', '\u00c3\u00a9')]:
    for m in ('strip', 'lstrip', 'rstrip'):
        try:
            print(m, repr(getattr(s, m)(c)))
        except Exception as e:
            print(m, type(e).__name__, repr(str(e)))
