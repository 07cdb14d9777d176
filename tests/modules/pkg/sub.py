def name():
    return "pkg.sub"
