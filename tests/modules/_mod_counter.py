LOADS = 1
print("loading _mod_counter")
