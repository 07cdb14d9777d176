# Path text operations: joining, cleaning, name/stem/suffix/parent, with_suffix
from pathlib import Path

for args in (
    (),
    ("",),
    (".",),
    ("/",),
    ("a",),
    ("a/",),
    ("a//b///c",),
    ("a", "b", "c.txt"),
    ("a", "/abs", "x"),
    ("a", ".", "b"),
    ("//root//",),
    ("a", "", "b"),
):
    p = Path(*args)
    print(args, repr(p), str(p), repr(p.name), repr(p.stem), repr(p.suffix), repr(p.parent))
p = Path("dir") / "sub" / "file.tar.gz"
print(p, p.suffix, p.stem, p.with_suffix(".bz2"), p.with_suffix(""))
print("pre" / Path("x"), Path("/") / "etc", Path("a") / Path("/b"), Path("a") / 5)
print(Path("noext").with_suffix(".py"), Path("/a/b").parent, Path("/a").parent, Path("/").parent)
print(Path(Path("x"), "y"))
