text = "alpha\nbeta\r\ngamma\n\ndelta"
print(text.splitlines())
print(text.split("\n"))
print("no-sep".partition("="), "a=b".partition("="), "a=b=c".rpartition("="))
print("key: value".partition(": ")[2], "x.tar.gz".rpartition(".")[0])
print([line.strip() for line in "  a  \n b \n".split("\n") if line.strip()])
