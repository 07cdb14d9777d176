print("before")
raise IndexError
