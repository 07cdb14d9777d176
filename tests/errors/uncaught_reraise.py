try:
    int("nope")
except ValueError:
    print("logging the error")
    raise
