counter = 0
def outer():
    def inner():
        global counter
        counter += 10
    inner()
    inner()
outer()
print(counter)
def shadowing():
    counter = "local"
    def inner():
        nonlocal counter
        counter += "!"
    inner()
    return counter
print(shadowing(), counter)
class K:
    v = counter
    def get(self):
        return counter
print(K.v, K().get())
