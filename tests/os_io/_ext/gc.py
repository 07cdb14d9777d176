print("never printed: gc is not extensible")
