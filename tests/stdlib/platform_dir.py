import platform

print(dir(platform))
print(platform)
for name in ("system", "machine", "python_version", "uname", "node"):
    print(name, hasattr(platform, name))
