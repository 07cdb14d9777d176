print('single', "double", '''triple single''', """triple double""")
print('a' 'b' "c")
print("tab\there", 'nl\\n', "quote\"s", 'apo\'s')
print("\x41\x42\u0043\101")
print(r"raw\n\t", r'raw2\\')
print(len("\n"), len(r"\n"))
s = """line1
line2"""
print(s.split("\n"))
print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'))
print(repr("\x00\x07\x1f\x7f"), repr("\t\r\n\\"))
