"""The claim index: an SQLite cache of read and extracted documents, beside the pipeline.

`store` brings the index up to date with a corpus (extracting only new and changed files,
in worker processes) and records a check's subjects and findings; `schema` creates and
opens the database file safely; `rows` turns Documents and Claims into rows and back,
losing nothing; `search` is the full-text search over the indexed quotes.
"""
