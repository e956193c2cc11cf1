"""Files in, Report out: read, extract, assign subjects, compare.

The one function every command that looks at findings calls (`build_report`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

from kfactcheck.model import Claim, Document, Report


@dataclass(frozen=True, slots=True)
class Settings:
    window_days: int = 60
    tolerance: float = 0.03
    claims_dir: str | None = None  # folder of subject specs; None = discover
    use_specs: bool = True
    db: str | None = None  # index file; None = default location
    use_index: bool = True
    jobs: int | None = None
    progress: bool | None = None  # None = a bar only on a terminal
    stories: str = "auto"  # "auto": told apart by shared names; "one": the folder is one


def build_report(paths: Sequence[str], settings: Settings = Settings()) -> Report:
    from kfactcheck.analyse.compare import find_findings
    from kfactcheck.analyse.specs import discover_specs, load_specs
    from kfactcheck.analyse.stories import detect_stories, one_story
    from kfactcheck.analyse.subjects import assign_subjects
    from kfactcheck.export.wording import word_findings

    documents, claims, errors, db = _documents_and_claims(paths, settings)
    spec_paths = discover_specs(paths, settings.claims_dir) if settings.use_specs else []
    specs = load_specs(spec_paths)
    merge_speakers(claims)
    tell = one_story if settings.stories == "one" else detect_stories
    assign_subjects(claims, specs, tell(documents))
    number_claims(claims, documents)
    findings = find_findings(
        claims, documents, specs, window_days=settings.window_days, tolerance=settings.tolerance
    )
    word_findings(findings, claims, documents)
    report_settings = {
        k: v for k, v in asdict(settings).items() if k in ("window_days", "tolerance")
    }
    report_settings["specs"] = [str(p) for p in spec_paths]
    if specs:  # a spec that names no claim is most likely a typo, or meant for another corpus
        used = {c.subject for c in claims}
        report_settings["specs_unmatched"] = [
            {"subject": s.key, "file": s.path} for s in specs if s.key not in used
        ]
    report = Report(documents, claims, findings, report_settings, [*errors])
    if db is not None:
        from kfactcheck.errors import IndexDbError
        from kfactcheck.index.store import store_findings

        try:
            store_findings(db, report)
        except IndexDbError as exc:  # the report stands; only `search --subject` misses it
            from kfactcheck.read.corpus import FileError

            report.errors.append(FileError(db, f"findings not stored in the index: {exc}"))
    return report


def _documents_and_claims(paths, settings: Settings):
    if settings.use_index:
        from kfactcheck.index.store import default_db_path, index_corpus

        db = settings.db or str(default_db_path())
        got = index_corpus(paths, db=db, jobs=settings.jobs, progress=settings.progress)
        return got.documents, got.claims, got.errors, db
    from kfactcheck.claims.extract import extract_claims
    from kfactcheck.read.corpus import read_corpus

    corpus = read_corpus(paths)
    documents, claims, errors = [], [], corpus.errors
    for doc in corpus.documents:
        try:
            claims.extend(extract_claims(doc))
        except Exception as exc:  # an extractor bug loses this document only, as the index does
            from kfactcheck.read.corpus import FileError

            errors.append(FileError(doc.path, f"extraction failed ({type(exc).__name__}: {exc})"))
            continue
        documents.append(doc)
    errors.sort(key=lambda e: e.path)
    if not documents:
        from kfactcheck.read.corpus import no_documents

        raise no_documents(errors)
    return documents, claims, errors, None


def merge_speakers(claims: list[Claim]) -> None:
    """One spelling per person across the corpus ("Jens Soltenberg" -> "Jens Stoltenberg")."""
    from kfactcheck.grammar.speakers import canonical_names

    names = [c.speaker for c in claims if c.speaker]  # repeats: the common spelling wins
    if not names:
        return
    canon = canonical_names(names)
    for c in claims:
        if c.speaker:
            c.speaker = canon.get(c.speaker, c.speaker)


def number_claims(claims: list[Claim], documents: list[Document]) -> None:
    """Claim ids c1..cN in (document path, offset) order: stable for the same corpus."""
    order = {d.id: (d.path, i) for i, d in enumerate(documents)}
    claims.sort(key=lambda c: (order.get(c.document, ("", 0)), c.start, c.end, c.unit))
    for i, c in enumerate(claims, 1):
        c.id = f"c{i}"
