# String building and methods.
parts = []
for i in range(60000):
    s = "item" + str(i)
    if s.endswith("7"):
        s = s.upper()
    parts.append(s.replace("item", "x"))
text = ",".join(parts)
words = text.split(",")
print(len(text), len(words), text.count("X"), words[-1].lower(), "{}-{}".format(words[0], words[1]))
