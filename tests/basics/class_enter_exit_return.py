class Tx:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("begin")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.log.append("rollback" if exc_type else "commit")
        return False
t = Tx()
with t as same:
    print(same is t)
try:
    with t:
        raise ValueError
except ValueError:
    pass
print(t.log)
class Bad:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("not called")
try:
    with Bad():
        print("not reached")
except OSError as e:
    print("OSError", e)
