def f():
    try:
        print("try")
        return 1
    finally:
        print("finally")
        raise OSError(5)
f()
