"""Stage 4, Claims to Findings: the corpus-wide steps, run on every command after extraction.

`stories` groups documents that tell the same story; `specs` loads the optional subject
specs (claims/*.toml); `subjects` gives every claim a subject (the quantity it measures);
`compare` runs, per subject, the sweep (`sweep`; `rising` for counts that only rise) over
the claims in time order, with `kinds` saying what each value kind (number, date, year,
plan) allows and how far apart two are, `origins` which quotes are copies of one, and
`traits` what the words say (data/units.toml, data/compare.toml). Findings carry numbers,
not words: export.wording writes their sentences. Nothing here is cached: it is cheap,
and depends on the whole corpus.
"""
