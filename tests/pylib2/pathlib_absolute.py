# absolute()/resolve()/== against the working directory
import os
from pathlib import Path

os.chdir("/")
print(Path("a/b").absolute(), Path(".").absolute(), Path("/x").resolve(), Path().absolute())
print(Path("a") == "/a", Path("a") == Path("/a/"), Path("a") == "b", Path("/") == "/")
os.mkdir("/tmp") if "tmp" not in os.listdir("/") else None
os.chdir("/tmp")
print(Path("a/b").absolute(), Path("").absolute(), Path("q") == "/tmp/q")
