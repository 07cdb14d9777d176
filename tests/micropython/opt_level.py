import micropython
print(micropython.opt_level())
code = "try:\n    assert False, 'boom'\n    print('assert skipped')\nexcept AssertionError as e:\n    print('assert fired', e)\nprint(__debug__)"
exec(code)
micropython.opt_level(1)
print(micropython.opt_level())
exec(code)
micropython.opt_level(0)
exec(code)
