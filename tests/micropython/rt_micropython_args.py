# micropython module functions: int arguments converted as mp_obj_get_int does, arity errors,
# opt_level deciding whether assert statements compile.
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


import micropython
t(lambda: micropython.opt_level())
t(lambda: micropython.opt_level(2))
t(lambda: micropython.opt_level())
t(lambda: micropython.opt_level('a'))
t(lambda: micropython.opt_level(-1))
t(lambda: micropython.opt_level())
micropython.opt_level(0)
t(lambda: micropython.const(5))
t(lambda: micropython.const([1]))
t(lambda: micropython.const())
t(lambda: micropython.kbd_intr(-1))
t(lambda: micropython.kbd_intr('a'))
t(lambda: micropython.schedule(print))
t(lambda: micropython.schedule(print, 1, 2))
t(lambda: micropython.stack_use() >= 0)
t(lambda: micropython.qstr_info(1, 2))
t(lambda: micropython.mem_info(1, 2))
t(lambda: type(micropython.native).__name__)
t(lambda: micropython.alloc_emergency_exception_buf(100))
micropython.opt_level(3)
exec("try:\n assert 0\n print('asserts off')\nexcept AssertionError: print('asserts on')")
micropython.opt_level(0)
exec("try:\n assert 0\n print('asserts off')\nexcept AssertionError: print('asserts on')")
