import micropython
micropython.opt_level(0)
exec("print('level0', __debug__)")
micropython.opt_level(2)
print(micropython.opt_level())
exec("print('level2', __debug__)")
micropython.opt_level(0)
print(micropython.opt_level())
