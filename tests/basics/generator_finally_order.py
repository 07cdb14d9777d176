log = []
def gen():
    try:
        log.append("start")
        yield 1
        yield 2
    finally:
        log.append("finally")
for v in gen():
    log.append("got %d" % v)
    break
print(log)
log.clear()
g = gen()
next(g)
del g
import gc
gc.collect()
print(log[:1])
def gen2():
    try:
        yield 1
    finally:
        print("gen2 finally")
print(list(gen2()))
