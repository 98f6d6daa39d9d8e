"""Namespaces that add hand-written helpers on top of the generated ones."""
