"""kfactcheck: find where news sources disagree about figures, and how figures moved."""

__version__ = "0.3.0"
