# Missing module attributes, and stores into built-in (ROM) modules.
import math, sys, errno, struct, gc, micropython, json, re, random, array, _module_attr_helper
for m in [math, sys, errno, struct, gc, micropython, json, re, random, array, _module_attr_helper]:
    try:
        m.nope
    except AttributeError as e:
        print(e)
for m in [math, sys, errno, struct, gc, micropython, json, re, random, array]:
    try:
        m.nope = 1
        print(m.__name__, 'set', m.nope)
    except AttributeError as e:
        print(m.__name__, e)
    try:
        del m.nope
    except AttributeError as e:
        print(m.__name__, e)
for name in ['pi', 'sqrt']:
    try:
        setattr(math, name, 1)
    except AttributeError as e:
        print(e)
print(getattr(math, 'nope2', 7), hasattr(math, 'nope'))
for n in ['ps1', 'ps2', 'path', 'stdout', 'argv', 'maxsize']:
    try:
        setattr(sys, n, getattr(sys, n))
        print(n, 'ok')
    except AttributeError as e:
        print(n, e)
import builtins
builtins.x1 = 4
print(x1)
del builtins.x1
try:
    del builtins.nope
except KeyError as e:
    print('KeyError', e)
m = _module_attr_helper
m.x = 5
print(m.x)
del m.x
try:
    del m.x
except KeyError as e:
    print('KeyError', e)
try:
    m.x
except AttributeError as e:
    print(e)
