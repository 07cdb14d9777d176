import sys
print(isinstance(sys.argv, list), all(isinstance(a, str) for a in sys.argv))
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
sys.path.append("/nonexistent")
print(sys.path[-1])
sys.path.pop()
print(isinstance(sys.modules, dict), "sys" in sys.modules or True)
print(sys.maxsize >= 2 ** 31 - 1)
