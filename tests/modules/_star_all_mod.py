__all__ = ["exported"]
exported = "in __all__"
not_exported = "nope"
