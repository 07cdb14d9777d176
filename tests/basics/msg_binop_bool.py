# Unsupported binary ops name the operands as MicroPython's dispatch last saw them: a bool is
# handed on as the int 0 or 1, and a reflected op that fails under a small int names __rop__.
def t(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)


# a bool operand reads as 'int'
t(lambda: True + {})
t(lambda: False - frozenset())
t(lambda: (1, 2) + True)
t(lambda: [1] * None)
t(lambda: "a" + True)
t(lambda: True @ True)
t(lambda: False ** [])
t(lambda: divmod(True, 1j))
t(lambda: True < {})
t(lambda: False >= b"a")
t(lambda: True < 1j)
# but not on the left of an op its own type refuses
t(lambda: {} < True)
t(lambda: divmod(1j, True))
t(lambda: 1j < True)
# a float or complex refusing a bool: the reflected op fails on the small int
t(lambda: 0.1 >> False)
t(lambda: 2.5 | True)
t(lambda: (1.5 - 2j) & False)
t(lambda: 1j % True)
t(lambda: 1j << False)
# with a plain int the reflected op is named back as the plain one
t(lambda: 0.1 >> 5)
t(lambda: 1j % 1)
t(lambda: [1] >> True)
t(lambda: None + None)
# the ops that work keep working
t(lambda: True + True)
t(lambda: True & False)
t(lambda: 2 * True)
t(lambda: True * "ab")
t(lambda: 1.5 + True)
