# oracle: unix
# exit: 5
# A big int value gives its low 8 bits as the exit status.
print("exiting")
raise SystemExit(2**70 + 5)
