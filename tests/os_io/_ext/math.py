print("never printed: math is not extensible")
