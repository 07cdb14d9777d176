# oracle: unix
# Importing modules and packages from a mounted vfs.VfsLfs2.
import os, sys, vfs
from _ramdev import RAMBlockDev

bd = RAMBlockDev(512, 64)
vfs.VfsLfs2.mkfs(bd)
vfs.mount(vfs.VfsLfs2(bd), "/app")
os.mkdir("/app/pkg")
with open("/app/flashmod.py", "w") as f:
    f.write("VALUE = 6 * 7\ndef hello(name):\n    return 'hello ' + name\n")
with open("/app/pkg/__init__.py", "w") as f:
    f.write("from .inner import twice\n")
with open("/app/pkg/inner.py", "w") as f:
    f.write("def twice(x):\n    return 2 * x\n")
sys.path.insert(0, "/app")
import flashmod
import pkg

print(flashmod.VALUE, flashmod.hello("flash"), flashmod.__file__)
print(pkg.twice(21), pkg.inner.__name__)
sys.path.pop(0)
os.chdir("/app")
print(os.getcwd(), sorted(os.listdir()))
vfs.umount("/app")
