"""Stage 1, files to Documents: everything that happens before a sentence is looked at.

In the order a file goes through them: `corpus` lists the files under the paths given
(`list_files`, shared with the index) and reads each one (`read_corpus`, `read_document`);
`decode` turns bytes into text; `html`, `records` and `frontmatter` take the text and
metadata out of HTML pages, JSON (Lines) records and Markdown front matter; `manifest`
applies a folder's per-file overrides; `pubdate` and `outlet` find the publication date
and the outlet in the header lines; `cleanup` marks what is page furniture rather than
body; `language` says which language the figures are read in. Nothing here knows about
claims.
"""
