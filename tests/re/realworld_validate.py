# Validating formats with anchored patterns.
import re

date = re.compile("^(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)$")
email = re.compile("^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$")
ip = re.compile("^(\\d+)\\.(\\d+)\\.(\\d+)\\.(\\d+)$")
for s in ("2024-01-31", "2024-1-31", "x2024-01-31", "2024-01-311"):
    m = date.match(s)
    print(s, m and (m.group(1), m.group(2), m.group(3)))
for s in ("a.b+c@example.co.uk", "bad@", "@bad.com", "ok@host.io"):
    print(s, email.match(s) is not None)
for s in ("192.168.0.1", "1.2.3", "10.0.0.256"):
    m = ip.match(s)
    print(s, m and [int(m.group(i)) for i in range(1, 5)])
