# `x in y` where y is a number: MicroPython either fails at once ("unsupported types for :",
# the op has no method name), fails the containment op (__contains__), or tries to iterate.
def t(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)


t(lambda: 7 in 1)
t(lambda: 0 not in -1)
t(lambda: 5 in 1.5)
t(lambda: 5 in 1j)
t(lambda: True in False)
t(lambda: False not in True)
t(lambda: True in 5)
t(lambda: 5 in True)
t(lambda: 1.5 in True)
t(lambda: None in True)
t(lambda: None in 5)
t(lambda: 1.5 in 2)
t(lambda: 2**40 in 5)
t(lambda: 5 in 2**40)
t(lambda: (2**30 - 1) in 5)
t(lambda: [1] in 2.5)
t(lambda: "a" in 1j)
# containers still work
t(lambda: True in [1])
t(lambda: 1 in {True: 0})
t(lambda: 2 in range(3))
