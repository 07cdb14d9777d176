import errno

for name in dir(errno):
    if name.startswith("E"):
        print(name, getattr(errno, name))
