def g():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    return received
gen = g()
print(gen.send(None), gen.send("a"), gen.send("b"))
try:
    gen.send("c")
except StopIteration as e:
    print(e.value)
try:
    gen.send("d")
except StopIteration as e:
    print("again", e.value)
