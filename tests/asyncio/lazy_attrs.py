# oracle: unix
# asyncio loads funcs/event/lock/stream on first use through its module __getattr__, which
# raises AttributeError(name) for a name it does not have.
import asyncio

print("_attrs" in dir(asyncio), sorted(asyncio._attrs.items())[:3])
print(asyncio.wait_for_ms.__name__, asyncio.Lock.__name__)
from asyncio import Event, gather

print(Event.__name__, gather.__name__)
try:
    asyncio.Queue
except AttributeError as e:
    print(repr(e))
try:
    from asyncio import Nope
except ImportError as e:
    print("ImportError", e)
