# oracle: unix
# Each match of sub and split starts afresh, so only one long match is too deep.
import re

text = ("ab " * 2000).strip()
print(len(re.sub("a", "A", text)), len(re.compile(" ").split(text)))
try:
    re.sub("[ab ]+", "", text)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    re.compile("x*").split("x" * 2000)
except RuntimeError as e:
    print("RuntimeError:", e)
