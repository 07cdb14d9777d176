class ConfigError(Exception):
    pass
def load(name):
    raise ConfigError("missing key", name)
print("loading")
load("port")
