"""Sentence-level grammar: sentences, decimal separators, numbers (numbers, numscan,
numread; numlang for languages other than English), dates (dates, dategrammar, datescan,
dateroles), speakers and the counted-thing vocabulary they share."""
