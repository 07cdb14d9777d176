import sys
impl = sys.implementation
print(impl.name, impl.version[0], impl.version[1], len(impl.version) >= 3)
print(sys.version_info[:2] >= (3, 4), type(sys.version).__name__)
print(sys.platform != "", isinstance(sys.byteorder, str))
