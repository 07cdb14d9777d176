x = "count: " + 5
