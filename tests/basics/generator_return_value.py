def sub():
    yield 1
    return "sub-done"
def main():
    result = yield from sub()
    yield "result was " + result
print(list(main()))
def only_return():
    return 5
    yield
g = only_return()
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
def gen_stop():
    yield 1
    raise StopIteration("explicit")
try:
    print(list(gen_stop()))
except RuntimeError as e:
    print("RuntimeError", e)
