try:
    [][1]
except IndexError:
    print("handler")
    {}[2]
