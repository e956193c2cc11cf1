"""Stage 2, the sentence grammar: what a sentence says, word by word, for claims to use.

`sentences` splits a Document's body into sentences; `separators` decides once per
document which way it writes decimals; `numbers` finds every figure with the interval its
wording allows ("about", "more than"), with its scanner in `numscan`, its figure readers in
`numread` and other languages' words in `numlang`; `dates` finds dates and durations and
resolves them against the publication date (`dategrammar` compiles the word lists,
`datescan` finds the shapes, `dateroles` gives roles and resolves them); `speakers` finds
who said each sentence; `vocab` holds the counted-thing vocabulary (data/units.toml) the
others look words up in. Each works on one sentence or one document and keeps no state
between documents.
"""
