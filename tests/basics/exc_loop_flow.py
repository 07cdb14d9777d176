results = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            raise ValueError(i)
        results.append(i)
    except ValueError as e:
        results.append("err%s" % e)
        continue
    finally:
        results.append("f%d" % i)
print(results)
def loop_ret():
    for i in range(3):
        try:
            return i
        finally:
            print("finally before return", i)
print(loop_ret())
