# Parsing key=value lines with groups.
import re

conf = """name = upy
version=1.27
# comment
  threads =  4
bad line
path=/usr/local/bin
"""
kv = re.compile("^\\s*(\\w+)\\s*=\\s*(.*)$")
for line in conf.split("\n"):
    m = kv.match(line)
    if m:
        print(repr(m.group(1)), repr(m.group(2)))
    elif line and not line.startswith("#"):
        print("skipped", repr(line))
