# escapes: \b \f \n \r \t and any other char stands for itself
import json
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(json.loads, r'"a\nb"')
t(json.loads, r'"\b\f\n\r\t"')
t(json.loads, r'"\"\\\/"')
t(json.loads, r'"\a\x\z\0"')
t(json.loads, r'"\'"')
t(json.loads, r'"tab\there"')
t(json.loads, '"raw\ttab"')
t(json.loads, '"raw\nnewline"')
t(json.loads, '"unterminated')
t(json.loads, '"ends with backslash\\')
t(json.loads, r'["a", "b\"c", "d"]')
