# oracle: unix, strip-native
import micropython


counter = 0
config = {"step": 2}


@micropython.native
def bump():
    global counter
    counter += config["step"]
    return counter


@micropython.native
def read_only():
    return counter * 10


@micropython.native
def define_new():
    global created
    created = "made in native"


print(bump(), bump(), read_only())
config["step"] = 5
print(bump(), counter)
define_new()
print(created)
