def gen():
    yield 1
    yield {}["missing"]
for v in gen():
    print("got", v)
