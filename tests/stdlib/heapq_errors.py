import heapq


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e.args)


class L(list):
    pass


t(lambda: heapq.heappop([]))
t(lambda: heapq.heappush((), 1))
t(lambda: heapq.heappop((1,)))
t(lambda: heapq.heapify((3, 2, 1)))
t(lambda: heapq.heapify("abc"))
t(lambda: heapq.heapify(L([3, 2, 1])))
t(lambda: heapq.heappush(L(), 1))
t(lambda: heapq.heappush({}, 1))
t(lambda: heapq.heappush([]))
t(lambda: heapq.heappop())
t(lambda: heapq.heapify([], []))
t(lambda: heapq.heappush([], 1, 2))
h = [1]
print(heapq.heappop(h), h)
t(lambda: heapq.heappop(h))
