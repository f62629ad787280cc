"""timeline: find the dates news articles speak of, resolve them, export events."""

__version__ = "0.1.0"
