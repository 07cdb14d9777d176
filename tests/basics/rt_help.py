# help(obj): "object X is of type T", then a module's globals or the type's locals as
# "name -- value" (str of each); a user class's dict in its hash order.
help(1)
help(int)
help(None)
help(print)


class A:
    x = 1
    y = "why"
    z = None


help(A)
