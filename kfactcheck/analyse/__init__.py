"""Stage 4, Claims to Findings: the corpus-wide steps, run on every command after extraction.

`stories` groups documents that tell the same story; `specs` loads the optional subject
specs (claims/*.toml); `subjects` gives every claim a subject (the quantity it measures);
`compare` sweeps each subject's claims in time order and emits the findings:
discrepancies, changes and agreements. Nothing here is cached: it is cheap, and depends on
the whole corpus.
"""
