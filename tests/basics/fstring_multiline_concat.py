name = "upy"
ver = (1, 27)
msg = (
    f"name={name} "
    f"version={ver[0]}.{ver[1]} "
    "plain "
    f"{len(name)}"
)
print(msg)
print(f"a" "b" f"{1 + 1}")
long = f"""line1 {name}
line2 {ver}"""
print(long)
print(f"{'\n'.join(['x', 'y'])}" if False else "skip")
print(f"{3:{'>'}5}" if False else f"{3:>5}")
