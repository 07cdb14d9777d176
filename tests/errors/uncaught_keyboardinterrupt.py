# oracle: unix
# exit: 130
# An uncaught KeyboardInterrupt prints its traceback (after stderr here, as the corpus keeps
# it) and ends with status 130, as the unix port.
import sys


class Stop(KeyboardInterrupt):
    pass


print("out")
sys.stderr.write("err\n")
raise Stop("halt")
