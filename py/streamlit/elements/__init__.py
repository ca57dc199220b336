"""Element builders, one module per family; each appends to the active container."""
