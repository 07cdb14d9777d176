# only quote, backslash and control chars are escaped; \b and \f as \u00XX
import json
print(json.dumps('say "hi"'))
print(json.dumps("back\\slash"))
print(json.dumps("a\nb\rc\td"))
print(json.dumps("\b\f\x00\x01\x1f"))
print(json.dumps("\x7f"))
print(json.dumps("/"))
print(json.dumps(["\n", "\""]))
print(len(json.dumps("\x00")))
