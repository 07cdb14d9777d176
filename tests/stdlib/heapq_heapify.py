import heapq

for data in (
    [],
    [1],
    [2, 1],
    [3, 2, 1],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    [1, 2, 3, 4, 5, 6, 7],
    [5, 5, 5, 1, 1, 1],
    [10, -1, 7, 3.5, 2, 2, 8, -4, 0, 11, 6],
    list("heapqueue"),
):
    h = list(data)
    print(heapq.heapify(h), h)
