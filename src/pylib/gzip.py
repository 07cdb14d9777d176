# gzip as micropython-lib has it, for upy: gzip files and bytes over the deflate module.
# "#@N": the statement stands at line N, as in the frozen copy (tracebacks print its lines).
_WBITS = const(15)  # the largest window, so that any gzip stream can be read
import builtins, deflate, io


# GzipFile(): a stream over a stream of gzip data; reading decompresses it, writing
# compresses into it.
def GzipFile(fileobj):
    return deflate.DeflateIO(fileobj, deflate.GZIP, _WBITS)  #@10

# open(): the file is closed with the stream.
def open(filename, mode="rb"):
    return deflate.DeflateIO(builtins.open(filename, mode), deflate.GZIP, _WBITS, True)  #@14

__version__ = "1.0.1"
# Only builds whose DeflateIO can compress have compress().
if hasattr(deflate.DeflateIO, "write"):
    def compress(data):
        f = io.BytesIO()  #@20
        with GzipFile(fileobj=f) as g:  #@21
            g.write(data)  #@22
        return f.getvalue()  #@23

# One gzip member; whatever follows it is ignored.
def decompress(data):
    f = io.BytesIO(data)  #@27
    with GzipFile(fileobj=f) as g:  #@28
        return g.read()  #@29
