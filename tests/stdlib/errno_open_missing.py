# oracle: unix
# (the WebAssembly build's file system has its own errno numbers)
import errno

try:
    open("/nonexistent/file/for/errno/test")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
