# upy's pathlib: the API and behaviour of micropython-lib's pathlib 0.0.1, a small Path over os
# with "/" as the only separator.

import errno
import os

from micropython import const

__version__ = "0.0.1"

_SEP = const("/")


def _mode_if_exists(path):
    # st_mode, or 0 when the path does not exist
    try:
        return os.stat(path)[0]
    except OSError as e:
        if e.errno == errno.ENOENT:
            return 0
        raise e


def _clean_segment(segment):
    # str(segment) without trailing or doubled separators; "" is "."
    segment = str(segment)
    if not segment:
        return "."
    segment = segment.rstrip(_SEP)
    if not segment:
        return _SEP
    while _SEP + _SEP in segment:
        segment = segment.replace(_SEP + _SEP, _SEP)
    return segment


class Path:
    def __init__(self, *segments):
        parts = []
        for segment in segments:
            segment = _clean_segment(segment)
            if segment[0] == _SEP:
                parts = [segment]
            elif segment != ".":
                parts.append(segment)
        self._path = _clean_segment(_SEP.join(parts))

    def __truediv__(self, other):
        return Path(self._path, str(other))

    def __rtruediv__(self, other):
        return Path(other, self._path)

    def __repr__(self):
        return '{}("{}")'.format(type(self).__name__, self._path)

    def __str__(self):
        return self._path

    def __eq__(self, other):
        return self.absolute() == Path(other).absolute()

    def absolute(self):
        path = self._path
        cwd = os.getcwd()
        if not path or path == ".":
            return cwd
        if path[0] == _SEP:
            return path
        return (_SEP if cwd == _SEP else cwd + _SEP) + path

    def resolve(self):
        return self.absolute()

    def open(self, mode="r", encoding=None):
        return open(self._path, mode, encoding=encoding)

    def exists(self):
        return bool(_mode_if_exists(self._path))

    def mkdir(self, parents=False, exist_ok=False):
        try:
            os.mkdir(self._path)
            return
        except OSError as e:
            if not (e.errno == errno.EEXIST and exist_ok):
                if not (e.errno == errno.ENOENT and parents):
                    raise e
                # create each missing ancestor below
            else:
                return
        parts = self._path.split(_SEP)
        path = ""
        if parts[0] == "":
            parts = parts[1:]
            path = _SEP
        for part in parts:
            path += _SEP + part
            try:
                os.mkdir(path)
            except OSError as e:
                if e.errno != errno.EEXIST:
                    raise e

    def is_dir(self):
        return bool(_mode_if_exists(self._path) & 0x4000)

    def is_file(self):
        return bool(_mode_if_exists(self._path) & 0x8000)

    def _glob(self, path, pattern, recursive):
        # only one "*" wildcard is supported
        if pattern.count("?"):
            raise NotImplementedError("? single wildcards not implemented.")
        stars = pattern.count("*")
        if stars == 0:
            raise ValueError
        if stars > 1:
            raise NotImplementedError("Multiple * wildcards not implemented.")
        prefix, suffix = pattern.split("*")
        for name, mode, *_ in os.ilistdir(path):
            full = path + _SEP + name
            if name.startswith(prefix) and name.endswith(suffix):
                yield full
            if recursive and mode & 0x4000:
                yield from self._glob(full, pattern, recursive=recursive)

    def glob(self, pattern):
        return self._glob(self._path, pattern, recursive=False)

    def rglob(self, pattern):
        return self._glob(self._path, pattern, recursive=True)

    def stat(self):
        return os.stat(self._path)

    def read_bytes(self):
        with open(self._path, "rb") as f:
            return f.read()

    def read_text(self, encoding=None):
        with open(self._path, "r", encoding=encoding) as f:
            return f.read()

    def rename(self, target):
        os.rename(self._path, target)

    def rmdir(self):
        os.rmdir(self._path)

    def touch(self, exist_ok=True):
        if self.exists():
            if exist_ok:
                return
            raise OSError(errno.EEXIST)
        with open(self._path, "w"):
            pass

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self._path)
        except OSError as e:
            if not (missing_ok and e.errno == errno.ENOENT):
                raise e

    def write_bytes(self, data):
        with open(self._path, "wb") as f:
            f.write(data)

    def write_text(self, data, encoding=None):
        with open(self._path, "w", encoding=encoding) as f:
            f.write(data)

    def with_suffix(self, suffix):
        end = -len(self.suffix) or None
        return Path(self._path[:end] + suffix)

    @property
    def stem(self):
        return self.name.rsplit(".", 1)[0]

    @property
    def parent(self):
        head = self._path.rsplit(_SEP, 1)
        if len(head) == 2:
            return Path(head[0] or _SEP)
        return Path(".")

    @property
    def name(self):
        return self._path.rsplit(_SEP, 1)[-1]

    @property
    def suffix(self):
        parts = self._path.rsplit(".", 1)
        return "" if len(parts) == 1 else "." + parts[1]
