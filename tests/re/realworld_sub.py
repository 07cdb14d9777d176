# Rewriting text with sub: dates, whitespace, a callable counter.
import re

text = "On 2024-01-31 and 2023-12-25   we   met.\nAgain on 2022-07-04."
print(re.sub("(\\d+)-(\\d+)-(\\d+)", "\\3/\\2/\\1", text))
print(re.sub(" +", " ", text))
n = [0]
def number(m):
    n[0] += 1
    return "#%d" % n[0]
print(re.sub("\\d\\d\\d\\d", number, text))
print(re.sub("[aeiou]", lambda m: m.group(0).upper(), "the quick brown fox"))
