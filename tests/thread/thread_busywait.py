# oracle: unix
# Busy loops in several threads still let each other run (no cooperation in the code).
import _thread

flags = [False, False, False]
result = []


def spinner(k):
    while not flags[k]:
        pass
    result.append(k)
    if k + 1 < len(flags):
        flags[k + 1] = True


for k in range(3):
    _thread.start_new_thread(spinner, (k,))
x = 0
for i in range(50000):
    x += i
flags[0] = True
while len(result) < 3:
    pass
print(x, result)
