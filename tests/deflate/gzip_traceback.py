# An error inside gzip shows its frozen file's lines in the traceback.
import gzip

gzip.decompress(b"\x1f\x8b\x08\x00\x00\x00")
