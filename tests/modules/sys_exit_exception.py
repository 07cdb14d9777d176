import sys
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.args)
try:
    raise SystemExit
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
