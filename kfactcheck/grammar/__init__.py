"""Sentence-level grammar: sentences, decimal separators, numbers, dates, speakers and the
counted-thing vocabulary they share."""
