# oracle: unix
# When the main program ends, threads still sleeping are not waited for.
import _thread
import time


def late():
    time.sleep(0.3)
    print("thread still running")


_thread.start_new_thread(late, ())
time.sleep(0.01)
print("main ends")
