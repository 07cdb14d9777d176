import sys
print("bare exit")
sys.exit()
