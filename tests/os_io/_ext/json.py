# Without emptying sys.path, `from json import *` finds this module itself, half made.
from json import *

print("json.py sees dumps:", "dumps" in globals())
VALUE = 1
