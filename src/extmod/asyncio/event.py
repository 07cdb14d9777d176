# asyncio.event: Event and ThreadSafeFlag (MicroPython's extmod/asyncio/event.py semantics).

from . import core


class Event:
    def __init__(self):
        self.state = False
        self.waiting = core.TaskQueue()

    def is_set(self):
        return self.state

    def set(self):
        # Wake every waiter, in the order they started waiting.
        waiting = self.waiting
        while waiting.peek():
            core._task_queue.push(waiting.pop())
        self.state = True

    def clear(self):
        self.state = False

    # A generator so that waiting costs no task: the task parks itself on the event's queue.
    def wait(self):
        if not self.state:
            task = core.cur_task
            self.waiting.push(task)
            task.data = self.waiting
            yield
        return True


try:
    from io import IOBase as _Base
except ImportError:
    _Base = object


# A flag that may be set from outside the loop (micropython.schedule callbacks). It is a stream
# the IOQueue polls: readable while set. wait() clears it again.
class ThreadSafeFlag(_Base):
    def __init__(self):
        self.state = 0

    def ioctl(self, req, flags):
        if req == 3:  # MP_STREAM_POLL
            return self.state * flags
        return -1

    def set(self):
        self.state = 1

    def clear(self):
        self.state = 0

    async def wait(self):
        if not self.state:
            yield core._io_queue.queue_read(self)
        self.state = 0
