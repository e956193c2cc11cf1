"""Files to Documents: decoding, HTML and JSON records, front matter, manifests, publication
date, outlet and page clean-up."""
