import _globals_mod
print(_globals_mod.get_name(), _globals_mod.__name__)
_globals_mod.set_value(5)
print(_globals_mod.VALUE, _globals_mod.get_value())
value = "main's own"
print(value, _globals_mod.VALUE)
