# non-ASCII chars are printed as they are, not \u-escaped
import json
s = json.dumps("caf\u00e9 \u20ac \U0001f600")
print(s)
print(len(s))
print(json.dumps({"\u00fc": "\u00f6"}))
print(json.dumps("\u0080\u00ff\u2028"))
