# time: ticks arithmetic wraps with period 2**30; sleeps take (at least) their time.
import time

print(time.ticks_add(0, -1))
print(time.ticks_add(2**30 - 1, 1))
print(time.ticks_add(5, 2**29 - 1), time.ticks_add(5, -(2**29) + 1))
for d in (2**29, -(2**29), 2**40):
    try:
        time.ticks_add(0, d)
    except OverflowError as e:
        print("OverflowError", e)
print(time.ticks_diff(0, 1), time.ticks_diff(1, 0))
print(time.ticks_diff(2**30 - 1, 0), time.ticks_diff(0, 2**30 - 1))
print(time.ticks_diff(2**29, 0), time.ticks_diff(0, 2**29))
print(time.ticks_diff(time.ticks_add(100, 2**29 - 1), 100))
print(time.ticks_diff(100, time.ticks_add(100, 2**29 - 1)))

# the current ticks are in range and move forward
for f in (time.ticks_ms, time.ticks_us, time.ticks_cpu):
    t = f()
    print(type(t).__name__, 0 <= t < 2**30)

t0 = time.ticks_ms()
u0 = time.ticks_us()
w0 = time.time()
time.sleep(0.03)
time.sleep_ms(20)
time.sleep_us(10000)
time.sleep_ms(-5)
dt = time.ticks_diff(time.ticks_ms(), t0)
du = time.ticks_diff(time.ticks_us(), u0)
print(60 <= dt < 1000, 60000 <= du < 1000000, 0.05 < time.time() - w0 < 1)

print(type(time.time()).__name__, type(time.time_ns()).__name__)
print(time.time_ns() // 10**9 - int(time.time()) in (0, 1))

print(time.gmtime(0)[:8])
print(time.gmtime(1700000000)[:8])
print(time.gmtime(951782400.9)[:8])
print(time.mktime(time.localtime(1234567890)))
