# compile(..., "single"): an entry that is only a line continuation is a SyntaxError
for src in ("", "\\\n", "\n", "  \\\n", "# c\n", "  \n", "\\\n\n", "x = 1 \\\n", "\\\nx = 1\n", "  # c\n"):
    try:
        compile(src, "stdin", "single"); print(repr(src), "ok")
    except SyntaxError:
        print(repr(src), "SyntaxError")
