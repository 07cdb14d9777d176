class Weird:
    def __len__(self):
        raise TypeError("no length for you")
w = Weird()
print("calling len")
len(w)
