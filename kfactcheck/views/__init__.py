"""The terminal views of the commands, each with its JSON twin for scripts.

`docs` (the documents read), `claims` (every claim), `findings` (`check`, `conflicts`,
`timeline` and `subjects`) and `search` (hits from the index); `layout` wraps their lines.
They render with rich and take their wording from export (common, wording, caveats), which
the report formats share.
"""
