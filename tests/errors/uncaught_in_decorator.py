def checked(f):
    def wrapper(x):
        if x < 0:
            raise ValueError("negative input")
        return f(x)
    return wrapper
@checked
def root(x):
    return x ** 0.5
print(root(16))
root(-1)
