name = "world"
n = 42
print(f"hello {name}!", f"{n}", f"{n + 1}", f"{'lit'}")
print(f"{name!r} {name!s}", f"{{braces}}", f"{n}{n}")
print(f"{n:5d}|{n:<5}|{n:^7}|{n:x}|{n:#b}")
print(f"{3.14159:.2f} {1e6:g} {0.5:%}")
d = {"key": "val"}
print(f"{d['key']}", f"{d["key"] if False else 'x'}" if False else f"{d['key']!r}")
items = [1, 2, 3]
print(f"{len(items)} items: {', '.join(str(i) for i in items)}")
print(f"{'nested ' + str(n)}")
print(f"""triple {name}""", f'single {name}')
