# A sleep inside a finally block that a return, break or continue entered: compiled code hands
# its frame to the interpreter there, with the pending return value or jump target.
import time
def f(n):
    try:
        return n * 2
    finally:
        time.sleep_ms(1)
        for i in range(3000):
            pass
        print("fin", n)
def g():
    out = []
    for i in range(4):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            time.sleep_ms(1)
            out.append(-i)
    return out
def h():
    for i in range(3):
        try:
            continue
        finally:
            time.sleep_ms(1)
            print("h", i)
    return "h done"
for k in range(3):
    print(f(k), g(), h())
