print(eval("1 + 1"))
eval("undefined_thing")
