# oracle: unix
# os.chdir/getcwd: relative opens follow the current folder; chdir back restores it.
import os

start = os.getcwd()
D = "_tmp_osx_cd"
os.mkdir(D)
os.mkdir(D + "/inner")
print(type(start).__name__, start.endswith("os_io"), start.startswith("/"))
os.chdir(D)
print(os.getcwd()[len(start):])
with open("here.txt", "w") as f:
    f.write("in " + D)
os.chdir("inner")
print(os.getcwd()[len(start):], os.listdir(".."), os.listdir())
with open("../here.txt") as f:
    print(f.read())
os.chdir("..")
os.chdir("./inner/../inner/")
print(os.getcwd()[len(start):])
os.chdir(start + "/" + D)
print(os.getcwd()[len(start):])
os.chdir("..")
print(os.getcwd() == start)
os.chdir(D.encode())
print(os.getcwd()[len(start):], type(os.getcwd()).__name__)
os.chdir(start)
for bad in (None, 1, ""):
    try:
        os.chdir(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
print(os.getcwd() == start)
try:
    os.getcwd(1)
except TypeError as e:
    print("TypeError", e)
os.remove(D + "/here.txt")
os.rmdir(D + "/inner")
os.rmdir(D)
