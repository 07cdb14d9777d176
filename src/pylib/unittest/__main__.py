# `micropython -m unittest`, as micropython-lib's unittest-discover runs it, written for upy:
#   (no arguments) or `discover [-s START] [-p PATTERN] [-t TOP]`
#       run every module whose file name matches PATTERN (default "test*.py") in START (default
#       ".") and the folders below it, each with its folder and TOP (default START) on sys.path;
#   FILE.py ... or MODULE ...
#       run those test files (their folder on sys.path) or importable modules.
# Each module runs in a clean environment (sys.path and sys.modules restored afterwards) and
# prints its own report; the exit status is the number of modules with failures (or errors).
import argparse
import os
import sys

from unittest import TestRunner, TestResult, TestSuite

_DIR_TYPE = 0x4000  # the folder bit of an ilistdir entry's type


def _run_test_module(runner, module_name, *extra_paths):
    saved_modules = dict(sys.modules)
    saved_path = sys.path[:]
    try:
        for path in reversed(extra_paths):
            if path:
                sys.path.insert(0, path)
        module = __import__(module_name)
        suite = TestSuite(module_name)
        suite._load_module(module)
        return runner.run(suite)
    finally:
        sys.path[:] = saved_path
        sys.modules.clear()
        sys.modules.update(saved_modules)


def _matches(name, pattern):
    # Shell-style, as fnmatch: "*" any run, "?" one character, "[seq]"/"[!seq]" one of (or none
    # of) seq, with a-z ranges; a "[" without its "]" is itself.
    if not pattern:
        return not name
    p = pattern[0]
    if p == "*":
        return any(_matches(name[i:], pattern[1:]) for i in range(len(name) + 1))
    if not name:
        return False
    rest = pattern[1:]
    if p == "[":
        j = 1
        if pattern[j : j + 1] == "!":
            j += 1
        if pattern[j : j + 1] == "]":
            j += 1
        end = pattern.find("]", j)
        if end >= 0:
            negate = pattern[1] == "!"
            if _in_set(name[0], pattern[2 if negate else 1 : end]) == negate:
                return False
            rest = pattern[end + 1 :]
        elif name[0] != "[":
            return False
    elif p != "?" and p != name[0]:
        return False
    return _matches(name[1:], rest)


def _in_set(c, chars):
    i = 0
    while i < len(chars):
        if i + 2 < len(chars) and chars[i + 1] == "-":
            if chars[i] <= c <= chars[i + 2]:
                return True
            i += 3
        else:
            if chars[i] == c:
                return True
            i += 1
    return False


def _run_all_in_dir(runner, path, pattern, top):
    # Folders are searched depth first in the order the file system lists them.
    result = TestResult()
    for entry in os.ilistdir(path):
        fname, ftype = entry[0], entry[1]
        if fname in ("..", "."):
            continue
        if ftype == _DIR_TYPE:
            result += _run_all_in_dir(runner, "/".join((path, fname)), pattern, top)
        if _matches(fname, pattern):
            module_name = fname.rsplit(".", 1)[0]
            result += _run_test_module(runner, module_name, path, top)
    return result


def _discover(runner):
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "-s", "--start-directory", dest="start", default=".", help="Directory to start discovery"
    )
    parser.add_argument(
        "-p", "--pattern ", dest="pattern", default="test*.py", help="Pattern to match test files"
    )
    parser.add_argument(
        "-t",
        "--top-level-directory",
        dest="top",
        help="Top level directory of project (defaults to start directory)",
    )
    args = parser.parse_args(args=sys.argv[2:])
    return _run_all_in_dir(runner, args.start, args.pattern, args.top or args.start)


def _dirname_filename_no_ext(path):
    # "foo/bar/x.y.z" -> ("foo/bar", "x.y"); backslashes count as "/".
    sep = getattr(os, "sep", "/")
    parts = path.replace("\\", sep).rsplit(sep, 1)
    dirname, filename = ("", parts[0]) if len(parts) == 1 else parts
    return dirname, filename.rsplit(".", 1)[0]


def discover_main():
    runner = TestRunner()
    argv = sys.argv
    failures = 0
    # No arguments, or `-m unittest discover ...`.
    as_unittest = _dirname_filename_no_ext(argv[0])[1] == "unittest"
    if len(argv) == 1 or (len(argv) >= 2 and as_unittest and argv[1] == "discover"):
        result = _discover(runner)
        failures += result.failuresNum or result.errorsNum
    else:
        for spec in argv[1:]:
            try:
                os.stat(spec)
                dirname, module_name = _dirname_filename_no_ext(spec)
                result = _run_test_module(runner, module_name, dirname)
            except OSError:
                # Not a file (or its tests raised OSError): a module to import.
                result = _run_test_module(runner, spec)
            failures += result.failuresNum or result.errorsNum
    sys.exit(failures)


discover_main()
