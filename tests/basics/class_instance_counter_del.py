class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
    def __iter__(self):
        node = self
        while node:
            yield node.val
            node = node.next
head = None
for v in range(5):
    head = Node(v, head)
print(list(head))
def reverse(node):
    prev = None
    while node:
        node.next, prev, node = prev, node, node.next
    return prev
print(list(reverse(head)))
