# oracle: unix
# exit: 0
# An uncaught exception from a function body: the traceback names the thread's frames.
import _thread
import time

done = _thread.allocate_lock()
done.acquire()


class Starter:
    def __repr__(self):
        return "Starter"

    def __call__(self):
        try:
            self.fail()
        finally:
            done.release()

    def fail(self):
        raise KeyError("missing")


_thread.start_new_thread(Starter(), ())
done.acquire()
time.sleep(0.05)
print("end")
