"""Claims to Findings: stories, subject specs, subjects, and the comparison that emits findings."""
