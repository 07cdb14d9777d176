# a native exception prints its args as a list; a subclass prints its repr
import json
print(json.dumps(ValueError("bad", 2)))
print(json.dumps(KeyError("k")))
print(json.dumps(Exception()))
print(json.dumps([OSError(2, "x")]))
print(json.dumps(ValueError("a", (1, None)), separators=(";", "=")))
class MyError(Exception):
    pass
print(json.dumps(MyError(1, "a")))
print(json.dumps([MyError()]))
