# Regular expressions over 1 MB of text: split, sub with a template, a search that scans
# the whole text without a match, and sub over every word.
import re

words = ["alpha", "beta42", "gamma", "x7", "delta_9", "omega;", "pi,", "rho2025", "Sigma", "tau 31"]
parts = []
for i in range(120):
    parts.append(words[i % 10] + str(i % 97))
block = " ".join(parts) + "\n"
text = block * (1000000 // len(block))
print(len(text), len(re.compile("[,;] *").split(text)))
print(len(re.sub("([0-9]+)", "<\\1>", text)))
print(re.search("(foo|bar)baz", text))
print(len(re.sub("\\w+", "w", text)))
