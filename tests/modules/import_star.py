from _star_mod import *
print(public_a, public_b())
try:
    print(_hidden)
except NameError:
    print("_hidden not imported")
from _star_all_mod import *
print(exported)
try:
    print(not_exported)
except NameError:
    print("not_exported not imported")
