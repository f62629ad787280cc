"""Exports: one module per output format, all rendering the same event list."""
