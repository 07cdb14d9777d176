# `micropython -m unittest` discovery (unittest/__main__.py) over discover_tree/, run here by
# importing unittest.__main__ with sys.argv set as `-m unittest ...` sets it; it ends with
# sys.exit(number of modules with failures).
# oracle: skip
# expected: the unix port v1.27.0 running micropython-lib's unittest-discover __main__.py,
# argparse.py and a regex fnmatch with this unittest (tests/pylib/unittest_*.exp show it prints
# as the WebAssembly build's frozen one), from a copy in /tmp on MICROPYPATH; its
# "/tmp/..." file names in tracebacks shortened to "unittest/__init__.py".
import sys


def discover(*args):
    sys.argv[:] = ["unittest"] + list(args)
    sys.modules.pop("unittest.__main__", None)
    try:
        import unittest.__main__
    except SystemExit as e:
        print("exit status", e.args[0])
    print("modules left:", [m for m in ("shapes", "test_shapes", "words") if m in sys.modules])
    print("path restored:", "discover_tree" not in sys.path)


discover("discover", "-s", "discover_tree")
discover("discover", "--start-directory", "discover_tree", "-p", "check*.py")
discover("discover", "-s", "discover_tree", "-p", "nomatch*.py")
discover("discover_tree/test_shapes.py")
