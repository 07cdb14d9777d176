import micropython
order = []
def make(tag):
    def cb(arg):
        order.append((tag, arg))
    return cb
for i in range(4):
    micropython.schedule(make("cb%d" % i), i)
x = 0
while x < 50:
    x += 1
print(order)
