"""The terminal views of the commands, each with its JSON twin for scripts.

`docs` (the documents read), `claims` (every claim), `findings` (`check`, `conflicts`,
`timeline` and `subjects`) and `search` (hits from the index). They render with rich and
take their wording of findings from export.common, which the report formats share.
"""
