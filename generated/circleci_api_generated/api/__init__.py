"""One module per API operation, grouped by tag."""
