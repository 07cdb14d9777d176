# Large subjects: scanning stays linear in their length for simple patterns.
import re

text = "lorem ipsum 12 dolor, sit 345 amet; " * 3000
r = re.compile("\\d+")
print(len(text), r.search(text).group(0))
print(len(re.sub("\\d+", "#", text)), len(re.compile("[,;] *").split(text)))
print(re.search("zzz", text), re.search("amet; $", text) is not None)
print(len(re.sub("[a-z]+", "w", text)))
