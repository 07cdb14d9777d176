# oracle: unix
# time.sleep blocks only its thread: shorter sleeps finish first.
import _thread
import time

lock = _thread.allocate_lock()
order = []


def sleeper(n):
    time.sleep(0.1 * n)
    with lock:
        order.append(n)


for n in (3, 1, 4, 2):
    _thread.start_new_thread(sleeper, (n,))
time.sleep(0.01)
with lock:
    print("early", order)
while True:
    with lock:
        if len(order) == 4:
            break
    time.sleep_ms(5)
print(order)
