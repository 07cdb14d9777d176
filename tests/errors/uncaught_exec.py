print("exec next")
exec("x = 1\ny = x / 0")
