print(hash(1), hash(0), hash(-1), hash(True), hash(False), hash(None) == hash(None))
print(hash(2 ** 10), hash(1) == hash(1.0), hash((1, 2)) == hash((1, 2)))
print(hash("") == hash(""), hash("abc") == hash("abc"), hash(b"abc") == hash("abc"))
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class NoHash:
    def __eq__(self, o):
        return True
try:
    print(type(hash(NoHash())).__name__)
except TypeError as e:
    print("TypeError", e)
