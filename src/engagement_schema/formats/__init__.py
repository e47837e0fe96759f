"""The formats a dataset can be read from and written to, one module each."""
