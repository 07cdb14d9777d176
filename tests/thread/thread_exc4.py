# oracle: unix
# Starting a thread with something not callable fails in the new thread, not in the caller.
import _thread
import time

print(type(_thread.start_new_thread(5, ())))
time.sleep(0.05)
print("main done")
