# oracle: unix
# _thread.exit() in the main thread ends the program like sys.exit().
import _thread

print("before")
_thread.exit()
print("not printed")
