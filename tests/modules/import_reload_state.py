import _state_mod
_state_mod.counter += 1
import _state_mod as s2
s2.counter += 1
print(_state_mod.counter, s2.counter)
from _state_mod import counter
print(counter)
_state_mod.bump()
print(_state_mod.counter, counter)
