# String building: joins, concatenation, formatting and slicing into a growing text.
parts = []
for i in range(5000):
    parts.append("%d:%s" % (i, str(i * 7)[-3:]))
text = ",".join(parts)
acc = ""
for i in range(800):
    acc += text[i * 5 : i * 5 + 4]
words = text.split(",")
upper = "".join(w.upper() for w in words if w.endswith("1"))
print(len(text), len(acc), len(upper), upper[:20], acc[-12:])
