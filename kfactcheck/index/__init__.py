"""The claim index: an SQLite cache of read and extracted documents, beside the pipeline.

`store` is the cache (ClaimIndex: which files it still holds rows for, put the rows of the
files read again, get this run's documents and claims back); `findings` records a check's
subjects and findings; `schema` creates and opens the database file safely; `rows` turns Documents
and Claims into rows and back, losing nothing; `search` is the full-text search over the
indexed quotes. The loop that lists files and reads and extracts them is the pipeline's
(kfactcheck.pipeline.index_corpus).
"""
