"""Stage 3, sentences to Claims: which figures and dates in a Document are claims.

`extract` is the stage's one entry point (`extract_claims(document)`): it runs the grammar
over each sentence and assembles Claims; `counted` says what a figure counts and whose
("4,000 NATO troops"); `dated` says which dates are claims and what a figure is dated to;
`names` records the names a document uses most, which story detection groups by. What this
stage returns is what the index caches, so any edit here (or in read, grammar or data/)
makes the index extract again.
"""

# Bumped whenever extraction output changes, so the index re-extracts (and only then).
EXTRACTOR_VERSION = "10"
