# oracle: skip
# expected: by reasoning (MicroPython 1.27 asyncio names)
import asyncio

names = (
    "run create_task sleep sleep_ms gather wait_for wait_for_ms Task TaskQueue CancelledError "
    "TimeoutError current_task Event ThreadSafeFlag Lock get_event_loop new_event_loop Loop "
    "open_connection start_server StreamReader StreamWriter run_until_complete"
)
for n in names.split():
    print(n, hasattr(asyncio, n))
loop = asyncio.get_event_loop()
for n in "create_task run_forever run_until_complete stop close set_exception_handler get_exception_handler default_exception_handler call_exception_handler".split():
    print("Loop." + n, hasattr(loop, n))
for n in "read readline readexactly readinto write drain close wait_closed get_extra_info".split():
    print("Stream." + n, hasattr(asyncio.StreamReader, n))
print(asyncio.StreamReader is asyncio.StreamWriter)
