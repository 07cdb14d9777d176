d = {1: 2}
v = d.values()
print(type(hash(v)), hash(v) == hash(v))
s = {v}
print(v in s, len(s))
for view in (d.keys(), d.items()):
    try:
        hash(view)
    except TypeError as e:
        print("TypeError", e)
print({d.values(): 1}.get(d.values()))
