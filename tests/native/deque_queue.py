# oracle: unix, strip-native
import micropython

from collections import deque


@micropython.native
def bfs(graph, start):
    seen = [start]
    q = deque((), 16)
    q.append(start)
    while q:
        node = q.popleft()
        for nxt in graph[node]:
            if nxt not in seen:
                seen.append(nxt)
                q.append(nxt)
    return seen


graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
print(bfs(graph, 1), bfs(graph, 3))
