"""The claim index: an SQLite cache of read and extracted documents, its schema, rows and search."""
