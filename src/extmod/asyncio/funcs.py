# asyncio.funcs: wait_for, wait_for_ms and gather (MicroPython's extmod/asyncio/funcs.py
# semantics).

from . import core


# Runs `aw` for wait_for in its own task; when it ends before the timeout, cancels the waiting
# task's sleep with a CancelledError carrying the outcome (True and the result, or the error).
async def _run(waiter, aw):
    try:
        result = await aw
        status = True
    except BaseException as er:
        result = None
        status = er
    if waiter.data is None:
        # The waiter is still sleeping: wake it with the outcome.
        if waiter.cancel():
            waiter.data = core.CancelledError(status, result)


async def wait_for(aw, timeout, sleep=core.sleep):
    aw = core._promote_to_task(aw)
    if timeout is None:
        return await aw
    runner = core.create_task(_run(core.cur_task, aw))
    try:
        await sleep(timeout)
    except core.CancelledError as er:
        status = er.value
        if status is None:
            # Cancelled from outside: cancel aw too.
            runner.cancel()
            raise er
        if status is True:
            return er.args[1]
        raise status
    # Timed out.
    runner.cancel()
    await runner
    raise core.TimeoutError


def wait_for_ms(aw, timeout):
    return wait_for(aw, timeout, core.sleep_ms)


# The gather task's `data` while it waits: cancel() calls remove() on it, which has nothing to do.
class _Remove:
    @staticmethod
    def remove(t):
        pass


# A generator, not `async def`: it parks the calling task by hand with a bare yield.
def gather(*aws, return_exceptions=False):
    if not aws:
        return []

    def done(t, er):
        # Sub-task t ended with er (StopIteration on success).
        nonlocal state
        if gather_task.data is not _Remove:
            # Already woken (an earlier exception, or cancelled from outside).
            return
        if not return_exceptions and not isinstance(er, StopIteration):
            state = er
        else:
            state -= 1
            if state:
                return
        core._task_queue.push(gather_task)

    ts = [core._promote_to_task(aw) for aw in aws]
    for t in ts:
        if t.state is not True:
            raise RuntimeError("can't gather")
        t.state = done

    gather_task = core.cur_task
    state = len(ts)
    cancel_all = False
    gather_task.data = _Remove
    try:
        yield
    except core.CancelledError as er:
        cancel_all = True
        state = er

    for i in range(len(ts)):
        t = ts[i]
        if t.state is done:
            # Still running: detach, and cancel it if the gather was cancelled.
            t.state = True
            if cancel_all:
                t.cancel()
        elif isinstance(t.data, StopIteration):
            ts[i] = t.data.value
        else:
            ts[i] = t.data

    if state:
        raise state
    return ts
