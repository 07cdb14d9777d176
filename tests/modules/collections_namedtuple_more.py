from collections import namedtuple
Rec = namedtuple("Rec", ("id", "name", "score"))
rows = [Rec(2, "b", 9.5), Rec(1, "a", 7.0), Rec(3, "c", 8.25)]
for r in sorted(rows):
    print(r)
print(sorted(rows, key=lambda r: r.score)[0].name)
print(max(rows, key=lambda r: r.score).id, sum(r.score for r in rows))
r = rows[0]
print(r._asdict() if hasattr(r, "_asdict") else {"id": 2})
print(Rec(*[4, "d", 0.0]), Rec(id=5, name="e", score=1) == (5, "e", 1))
