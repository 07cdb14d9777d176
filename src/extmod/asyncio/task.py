# asyncio.task: the run queue and the Task class (MicroPython's extmod/modasyncio.c in Python).
#
# TaskQueue is a pairing heap of Tasks keyed on ph_key (a ticks_ms time); ties keep FIFO order.
# The heap links live on the tasks themselves (a task is on at most one queue at a time):
#   ph_child       first child          ph_child_last  last child
#   ph_next        next sibling, None for the last child and for a root
#   ph_parent      the parent, set only on a last child (py/pairheap.c keeps it in `next`)
# Meld, pairing and delete follow py/pairheap.c step by step, since the order in which equal
# and unequal keys come out is what programs see.

from time import ticks_ms as _ticks, ticks_diff as _ticks_diff
from . import core


def _meld(a, b):
    if a is None:
        return b
    if b is None:
        return a
    if _ticks_diff(a.ph_key, b.ph_key) < 0:
        # b becomes the last child of a
        last = a.ph_child_last
        if a.ph_child is None:
            a.ph_child = b
        else:
            last.ph_next = b
            last.ph_parent = None
        a.ph_child_last = b
        b.ph_next = None
        b.ph_parent = a
        return a
    # a becomes the first child of b
    first = b.ph_child
    a.ph_next = first
    b.ph_child = a
    if first is None:
        b.ph_child_last = a
        a.ph_parent = b
    else:
        a.ph_parent = None
    return b


def _pairing(child):
    if child is None:
        return None
    heap = None
    while child is not None:
        one = child
        child = one.ph_next
        if child is not None:
            two = child
            child = two.ph_next
            one = _meld(one, two)
        heap = _meld(heap, one)
    heap.ph_next = None
    heap.ph_parent = None
    return heap


def _delete(heap, node):
    if node is heap:
        return _pairing(heap.ph_child)
    if node.ph_next is None and node.ph_parent is None:
        # not in this heap
        return heap
    parent = node
    while parent.ph_next is not None:
        parent = parent.ph_next
    parent = parent.ph_parent
    after = node.ph_next
    node.ph_next = None
    node.ph_parent = None
    if node is parent.ph_child:
        if node.ph_child is None:
            parent.ph_child = after
            return heap
        node = _pairing(node.ph_child)
        parent.ph_child = node
    else:
        prev = parent.ph_child
        while prev.ph_next is not node:
            prev = prev.ph_next
        node = _pairing(node.ph_child)
        if node is None:
            node = prev
        else:
            prev.ph_next = node
            prev.ph_parent = None
    node.ph_next = after
    if after is None:
        node.ph_parent = parent
        parent.ph_child_last = node
    else:
        node.ph_parent = None
    return heap


class TaskQueue:
    def __init__(self):
        self.heap = None

    def peek(self):
        return self.heap

    def push(self, task, key=None):
        task.data = None
        task.ph_key = _ticks() if key is None else key
        task.ph_child = None
        task.ph_next = None
        task.ph_parent = None
        self.heap = _meld(task, self.heap)

    def pop(self):
        top = self.heap
        if top is None:
            raise IndexError("empty heap")
        child = top.ph_child
        top.ph_child = None
        self.heap = _pairing(child)
        return top

    def remove(self, task):
        self.heap = _delete(self.heap, task)


# A Task wraps a coroutine. `state` is True while it runs and nobody awaits it, a TaskQueue of
# the tasks awaiting it, a callable to call when it ends (gather), None once it ended without
# being awaited, False once it ended and was awaited. `data` is what the task is waiting on
# while it waits, and its outcome (StopIteration or the exception) once it has ended.
class Task:
    def __init__(self, coro, globals=None):
        self.coro = coro
        self.data = None
        self.state = True
        self.ph_key = 0
        self.ph_child = None
        self.ph_child_last = None
        self.ph_next = None
        self.ph_parent = None

    def __iter__(self):
        state = self.state
        if not state:
            self.state = False
        elif state is True:
            self.state = TaskQueue()
        elif type(state) is not TaskQueue:
            raise RuntimeError("can't wait")
        return self

    def __next__(self):
        if not self.state:
            raise self.data
        waiter = core.cur_task
        self.state.push(waiter)
        waiter.data = self

    def done(self):
        return not self.state

    def cancel(self):
        if not self.state:
            return False
        if self is core.cur_task:
            raise RuntimeError("can't cancel self")
        # A task awaiting another task is cancelled where it actually waits.
        while isinstance(self.data, Task):
            self = self.data
        queue = core._task_queue
        if hasattr(self.data, "remove"):
            self.data.remove(self)
            queue.push(self)
        elif _ticks_diff(self.ph_key, _ticks()) > 0:
            queue.remove(self)
            queue.push(self)
        self.data = core.CancelledError
        return True
