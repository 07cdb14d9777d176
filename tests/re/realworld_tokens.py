# A tiny tokenizer: try each token pattern at the current position.
import re

TOKENS = [
    ("num", re.compile("\\d+(?:\\.\\d+)?")),
    ("name", re.compile("[A-Za-z_]\\w*")),
    ("op", re.compile("[-+*/()=]")),
    ("ws", re.compile("\\s+")),
]

def tokenize(src):
    pos = 0
    out = []
    while pos < len(src):
        for kind, r in TOKENS:
            m = r.match(src, pos)
            if m:
                text = m.group(0)
                if kind != "ws":
                    out.append((kind, text))
                pos += len(text)
                break
        else:
            out.append(("error", src[pos]))
            pos += 1
    return out

print(tokenize("x1 = 3.25 * (y + 42) / z_9 $"))
