# asyncio: MicroPython 1.27's asyncio API, frozen into upy (src/py/boot_table.ts).
# MicroPython loads funcs/event/lock/stream lazily through a module __getattr__; they are small
# and stream imports socket only when used, so they load up front here.

from .core import *
from .funcs import wait_for, wait_for_ms, gather
from .event import Event, ThreadSafeFlag
from .lock import Lock
from .stream import open_connection, start_server, StreamReader, StreamWriter

__version__ = (3, 0, 0)
