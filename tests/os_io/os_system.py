# oracle: unix
# os.system returns the raw wait status, as C's system() does.
import os

print(os.system("true"), os.system("exit 1"), os.system("exit 3"), os.system("exit 255"))
print(os.system("kill -9 $$"))
print(os.system(""))
try:
    os.system(None)
except TypeError as e:
    print("TypeError", e)
