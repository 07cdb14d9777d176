print("never printed: uos is the built-in os")
