# oracle: unix
# exit: 1
# A bool is not taken as an int by the unix port: it is printed, and the status is 1.
print("exiting")
raise SystemExit(True)
