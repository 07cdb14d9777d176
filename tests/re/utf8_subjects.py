# A str is matched as UTF-8 bytes: "." takes one byte, and a piece that splits a
# character can't become a str.
import re
from _t import t

t(re.search, "é+", "xééy")
t(re.search, "[é]+", "xééy")
t(re.search, "[^é]+", "ééxy")
t(re.match, "..", "é")
t(re.match, ".", "é")
t(re.match, "...", "aé")
t(re.search, "ü", "Müller")
t(re.sub, "é", "e", "été")
t(re.sub, ".", "x", "é")
t(re.compile("é").match, "xé", 1)
t(re.compile("é").match, "é", 1)
t(re.compile(",").split, "α,β,γ")
t(re.search, "\u20ac\\d+", "price: \u20ac42")
t(re.compile("(.)(.)").match, "日")
