# exit: 42
print("raising SystemExit")
raise SystemExit(42)
