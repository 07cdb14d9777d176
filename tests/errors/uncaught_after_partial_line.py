# oracle: unix
# The traceback the unix port prints on stdout after a partial line moves after stderr.
import sys

print("partial", end="")
sys.stderr.write("err\n")
{}["k"]
