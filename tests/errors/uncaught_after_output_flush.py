# exit: 1
for i in range(3):
    print("line", i, end=" | " if i < 2 else "\n")
print("no newline at end", end="")
raise RuntimeError("after partial line")
