INIT_VALUE = "pkg init"
