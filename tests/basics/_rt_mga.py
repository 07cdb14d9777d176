x = 1


def __getattr__(name):
    if name == "zzz":
        raise AttributeError(name)
    return "dyn:" + name
