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
    # Outcomes of sub-tasks that had finished before the gather (the scheduler may clear a
    # finished task's data when it re-runs it to report an unretrieved exception).
    early = {}
    # state: the number of sub-tasks still running, or the exception to raise
    state = 0
    for i in range(len(ts)):
        t = ts[i]
        if t.state is True:
            t.state = done
            state += 1
        elif not t.state:
            # Already finished: its outcome counts as retrieved now.
            t.state = False
            early[i] = t.data
            if not return_exceptions and not isinstance(t.data, StopIteration):
                state = t.data
                break
        else:
            # Awaited elsewhere; the cleanup below detaches the sub-tasks taken so far.
            state = RuntimeError("can't gather")
            break

    gather_task = core.cur_task
    cancel_all = False
    if isinstance(state, int) and state:
        gather_task.data = _Remove
        try:
            yield
        except core.CancelledError as er:
            cancel_all = True
            state = er

    for i in range(len(ts)):
        t = ts[i]
        er = early.get(i, t.data)
        if t.state is done:
            # Still running: detach, and cancel it if the gather was cancelled.
            t.state = True
            if cancel_all:
                t.cancel()
        elif isinstance(er, StopIteration):
            ts[i] = er.value
        else:
            ts[i] = er

    if state:
        raise state
    return ts
