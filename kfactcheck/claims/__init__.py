"""Sentences to Claims: which figures and dates are claims, what each counts, and when."""
