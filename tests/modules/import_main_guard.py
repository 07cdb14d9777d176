import _guarded
print("main module name:", __name__)
print("imported module name:", _guarded.NAME)
if __name__ == "__main__":
    print("running as main")
