# asyncio.core: the scheduler (MicroPython 1.27's extmod/asyncio/core.py semantics).
#
# Tasks wait on the run queue (a TaskQueue keyed on the ticks_ms time they may run at), on the
# queue of an Event/Lock/awaited Task, or on the IOQueue for a stream. When nothing is due the
# scheduler waits in select.poll().ipoll(timeout), which suspends the VM so the host's event
# loop (timers, sockets) runs.

from time import ticks_ms as ticks, ticks_diff, ticks_add
import sys, select

from .task import TaskQueue, Task

_POLLIN = select.POLLIN
_POLLOUT = select.POLLOUT
_POLLERR = select.POLLERR
# MP_STREAM_POLL_PRI, for a select module without the constant
_POLLPRI = getattr(select, "POLLPRI", 2)


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


# Handed to Loop.call_exception_handler when a task ends with an exception nobody retrieved.
_exc_context = {"message": "Task exception wasn't retrieved", "exception": None, "future": None}


# --- sleeping -------------------------------------------------------------------------------


# What sleep_ms returns: awaiting it queues the current task at the wake-up time on the first
# step, then finishes on the next. One shared instance: a task awaits at most one at a time.
# (No `send`: create_task and gather reject it, as MicroPython does.)
class SingletonGenerator:
    def __init__(self):
        self.state = None

    def __iter__(self):
        return self

    def __next__(self):
        wake = self.state
        if wake is None:
            raise StopIteration
        self.state = None
        _task_queue.push(cur_task, wake)


def sleep_ms(t, sgen=SingletonGenerator()):
    assert sgen.state is None
    sgen.state = ticks_add(ticks(), max(0, t))
    return sgen


def sleep(t):
    return sleep_ms(int(t * 1000))


# --- streams --------------------------------------------------------------------------------


# Tasks waiting for a stream to become readable (slot 0), to have priority data (1) or to
# become writable (2), keyed by id(stream); the poller watches the union of those events.
class IOQueue:
    def __init__(self):
        self.poller = select.poll()
        self.map = {}
        self.polled = None

    @staticmethod
    def _ev_mask(entry):
        mask = 0
        if entry[0] is not None:
            mask |= _POLLIN
        if entry[1] is not None:
            mask |= _POLLPRI
        if entry[2] is not None:
            mask |= _POLLOUT
        return mask

    def _enqueue(self, s, slot):
        entry = self.map.get(id(s))
        if entry is None:
            entry = [None, None, None, s]
            entry[slot] = cur_task
            self.map[id(s)] = entry
            self.poller.register(s, self._ev_mask(entry))
        else:
            assert entry[slot] is None
            entry[slot] = cur_task
            self.poller.modify(s, self._ev_mask(entry))
        # cancel() finds the task here through its data
        cur_task.data = self

    def _dequeue(self, s):
        del self.map[id(s)]
        self.poller.unregister(s)

    def queue_read(self, s):
        self._enqueue(s, 0)

    def queue_pri(self, s):
        self._enqueue(s, 1)

    def queue_write(self, s):
        self._enqueue(s, 2)

    def remove(self, task):
        while True:
            found = None
            for key in self.map:
                entry = self.map[key]
                if entry[0] is task or entry[1] is task or entry[2] is task:
                    found = entry[3]
                    break
            if found is None:
                return
            self._dequeue(found)

    def wait_io_event(self, dt):
        if dt == 0:
            # Tasks are due. MicroPython polls here on every step; polling at most once a
            # millisecond only changes which of those same-tick events are noticed first.
            now = ticks()
            if not self.map or now == self.polled:
                return
            self.polled = now
        for s, ev in self.poller.ipoll(dt):
            entry = self.map[id(s)]
            if ev & (_POLLIN | _POLLERR) and entry[0] is not None:
                _task_queue.push(entry[0])
                entry[0] = None
            if ev & _POLLPRI and entry[1] is not None:
                _task_queue.push(entry[1], ticks_add(ticks(), -1000))
                entry[1] = None
            if ev & (_POLLOUT | _POLLERR) and entry[2] is not None:
                _task_queue.push(entry[2])
                entry[2] = None
            if entry[0] is None and entry[1] is None and entry[2] is None:
                self._dequeue(s)
            else:
                self.poller.modify(s, self._ev_mask(entry))


# --- the run loop ---------------------------------------------------------------------------


def _promote_to_task(aw):
    return aw if isinstance(aw, Task) else create_task(aw)


def create_task(coro):
    if not hasattr(coro, "send"):
        raise TypeError("coroutine expected")
    t = Task(coro, globals())
    _task_queue.push(t)
    return t


# Tells everyone who needs to hear that task `t` (still marked running) ended with `er`: tasks
# awaiting it are queued, or its gather callback is called. An exception that nobody awaited
# queues the task once more, so the exception handler hears of it unless someone awaits the
# task before it runs again.
def _finish(t, er, awaited):
    state = t.state
    if state is True:
        t.state = False if awaited else None
    elif callable(state):
        state(t, er)
        t.state = False
        awaited = True
    else:
        while state.peek():
            _task_queue.push(state.pop())
            awaited = True
        t.state = False
    if not awaited and not isinstance(er, _STOPPED):
        _task_queue.push(t)
    t.data = er


_ENDED = (CancelledError, Exception)
_STOPPED = (CancelledError, StopIteration)


def run_until_complete(main_task=None):
    global cur_task
    while True:
        # Wait until the task at the head of the run queue is due.
        dt = 1
        while dt > 0:
            dt = -1
            t = _task_queue.peek()
            if t:
                dt = max(0, ticks_diff(t.ph_key, ticks()))
            elif not _io_queue.map:
                cur_task = None
                if not main_task or not main_task.state:
                    return
                # Nothing can wake the loop, yet the main task is unfinished: keep waiting.
                dt = 3
            _io_queue.wait_io_event(dt)

        t = _task_queue.pop()
        cur_task = t
        try:
            exc = t.data
            if not exc:
                t.coro.send(None)
            else:
                # A cancelled task, or a finished one whose exception nobody retrieved (throwing
                # into its finished coroutine then raises StopIteration).
                t.data = None
                t.coro.throw(exc)
        except _ENDED as er:
            assert t.data is None
            awaited = t is main_task
            if awaited:
                cur_task = None
                if not isinstance(er, StopIteration):
                    t.state = False
                    raise er
                if t.state is None:
                    t.state = False
            if t.state:
                _finish(t, er, awaited)
            elif t.state is None:
                # The task had already ended and nothing awaited it: report its exception.
                t.data = exc
                _exc_context["exception"] = exc
                _exc_context["future"] = t
                Loop.call_exception_handler(_exc_context)
            if t is main_task:
                return er.value


def run(coro):
    return run_until_complete(create_task(coro))


# --- the event loop object ------------------------------------------------------------------


async def _stopper():
    pass


cur_task = None
_stop_task = None


class Loop:
    _exc_handler = None

    def create_task(coro):
        return create_task(coro)

    def run_forever():
        global _stop_task
        _stop_task = Task(_stopper(), globals())
        run_until_complete(_stop_task)

    def run_until_complete(aw):
        return run_until_complete(_promote_to_task(aw))

    def stop():
        global _stop_task
        if _stop_task is not None:
            _task_queue.push(_stop_task)
            _stop_task = None

    def close():
        pass

    def set_exception_handler(handler):
        Loop._exc_handler = handler

    def get_exception_handler():
        return Loop._exc_handler

    def default_exception_handler(loop, context):
        print(context["message"], file=sys.stderr)
        print("future:", context["future"], "coro=", context["future"].coro, file=sys.stderr)
        sys.print_exception(context["exception"], sys.stderr)

    def call_exception_handler(context):
        (Loop._exc_handler or Loop.default_exception_handler)(Loop, context)


def get_event_loop(runq_len=0, waitq_len=0):
    return Loop


def current_task():
    if cur_task is None:
        raise RuntimeError("no running event loop")
    return cur_task


def new_event_loop():
    global _task_queue, _io_queue
    _task_queue = TaskQueue()
    _io_queue = IOQueue()
    return Loop


new_event_loop()
