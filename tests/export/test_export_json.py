"""The JSON report: docs/contract.md's fields, order and types, byte-stable output."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date

import pytest
from conftest import GENERATED, assert_golden, sample_report

from kfactcheck import __version__
from kfactcheck.export import render, report_to_dict
from kfactcheck.model import Finding

# The fields docs/contract.md names, in the order it lists them; extras may follow.
TOP = ["kfactcheck", "schema", "generated", "settings", "documents", "claims", "findings"]
DOCUMENT = ["id", "path", "title", "outlet", "date", "date_evidence", "warnings"]
CLAIM = ["id", "document", "subject", "subject_label", "value", "low", "high", "qualifier",
         "unit", "as_of", "text", "start", "end", "quote", "speaker"]  # fmt: skip
FINDING = ["id", "kind", "subject", "claims", "severity", "summary"]


def _json(report=None) -> dict:
    return json.loads(render(report or sample_report(), "json", generated=GENERATED))


def test_golden():
    assert_golden("sample.json", render(sample_report(), "json", generated=GENERATED))


def test_contract_fields_come_first_in_contract_order():
    data = _json()
    assert list(data)[: len(TOP)] == TOP
    assert data["kfactcheck"] == __version__
    assert data["schema"] == 1
    assert data["generated"] == GENERATED
    for doc in data["documents"]:
        assert list(doc)[: len(DOCUMENT)] == DOCUMENT
    for claim in data["claims"]:
        assert list(claim)[: len(CLAIM)] == CLAIM
    for finding in data["findings"]:
        assert list(finding)[: len(FINDING)] == FINDING


def test_every_reference_resolves():
    data = _json()
    docs = {d["id"] for d in data["documents"]}
    claims = {c["id"] for c in data["claims"]}
    assert all(c["document"] in docs for c in data["claims"])
    assert all(cid in claims for f in data["findings"] for cid in f["claims"])


def test_numbers_dates_and_nulls():
    claims = {c["id"]: c for c in _json()["claims"]}
    troops = claims["c6"]
    assert (troops["value"], troops["low"], troops["high"]) == (5000, 4950, 5050)
    assert all(type(troops[k]) is int for k in ("value", "low", "high"))
    assert claims["c3"]["value"] == 3.5
    assert claims["c7"]["high"] is None  # "more than 40": unbounded above
    assert claims["c2"]["value"] == "2024-04-01"  # a date-valued claim
    assert claims["c2"]["as_of"] == "2024-03-02"
    assert claims["c10"]["value"] == 2500000


def test_offsets_point_at_the_claim_text():
    report = sample_report()
    texts = {d.id: d.text for d in report.documents}
    for c in _json(report)["claims"]:
        assert texts[c["document"]][c["start"] : c["end"]] == c["text"]
        assert c["text"] in c["quote"]


def test_lists_are_sorted():
    data = _json()
    assert [d["path"] for d in data["documents"]] == sorted(d["path"] for d in data["documents"])
    paths = {d["id"]: d["path"] for d in data["documents"]}
    keys = [(paths[c["document"]], c["start"]) for c in data["claims"]]
    assert keys == sorted(keys)
    assert [(f["subject"], f["id"]) for f in data["findings"]] == [
        ("flood-deaths", "f1"),
        ("flood-deaths", "f2"),
        ("march-crowd", "f5"),
        ("school-reopening", "f4"),  # change before agreement: kinds in a fixed order
        ("school-reopening", "f3"),
    ]


def test_ids_sort_naturally():
    report = sample_report()
    extra = [replace(report.findings[0], id=f"f{n}") for n in (10, 2, 1)]
    data = _json(replace(report, findings=extra))
    assert [f["id"] for f in data["findings"]] == ["f1", "f2", "f10"]


def test_byte_stable_whatever_the_input_order():
    report = sample_report()
    first = render(report, "json", generated=GENERATED)
    shuffled = replace(
        report,
        documents=random.Random(1).sample(report.documents, len(report.documents)),
        claims=random.Random(2).sample(report.claims, len(report.claims)),
        findings=random.Random(3).sample(report.findings, len(report.findings)),
        settings=dict(reversed(list(report.settings.items()))),
    )
    assert render(shuffled, "json", generated=GENERATED) == first
    assert render(sample_report(), "json", generated=GENERATED) == first


def test_source_date_epoch_fixes_generated(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert _json_unfixed()["generated"] == "1970-01-01T00:00:00Z"


def _json_unfixed() -> dict:
    return json.loads(render(sample_report(), "json"))


def test_extras_details_errors_url_scope():
    data = _json()
    f1 = next(f for f in data["findings"] if f["id"] == "f1")
    assert f1["details"] == {"days": 1, "ratio": 2}
    assert "details" not in next(f for f in data["findings"] if f["id"] == "f3")
    assert data["errors"] == [
        {"path": None, "message": "news/broken.pdf: not a text file (binary content), skipped"}
    ]
    bugle = next(d for d in data["documents"] if d["outlet"] == "Daily Bugle")
    assert bugle["url"] == "https://bugle.example/river"
    assert all(isinstance(c["scope"], list) for c in data["claims"])


def test_pipeline_file_errors_and_odd_settings_serialise():
    class FileError:  # what the corpus reader reports: a path and a message
        def __init__(self, path, message):
            self.path, self.message = path, message

    report = replace(
        sample_report(),
        errors=[FileError("b.bin", "binary file"), FileError("a.txt", "empty file")],
        settings={"window_days": 60, "since": date(2024, 1, 1), "specs": ("x.toml",), "f": 0.5},
        findings=[Finding("f1", "change", "flood-deaths", ["c4", "c7"], "low", "s",
                          {"days": 17.0, "when": date(2024, 3, 20), "nan": float("nan")})],
    )  # fmt: skip
    data = report_to_dict(report, generated=GENERATED)
    assert data["errors"] == [
        {"path": "a.txt", "message": "empty file"},
        {"path": "b.bin", "message": "binary file"},
    ]
    assert data["settings"] == {"f": 0.5, "since": "2024-01-01", "specs": ["x.toml"],
                                "window_days": 60}  # fmt: skip
    assert data["findings"][0]["details"] == {"days": 17, "nan": None, "when": "2024-03-20"}
    json.dumps(data, allow_nan=False)  # strict JSON: no NaN anywhere


def test_unicode_is_written_as_is():
    text = render(sample_report(), "json", generated=GENERATED)
    assert "€2.5 million" in text and "“It was up to 20,000" in text
    assert text.endswith("}\n")


@pytest.mark.parametrize("kind", ["discrepancy", "change", "agreement"])
def test_kind_filter_in_json(kind):
    data = json.loads(render(sample_report(), "json", kind=kind, generated=GENERATED))
    assert data["findings"] and {f["kind"] for f in data["findings"]} == {kind}


# ----------------------------------------------------------------------------- streaming

ODD_VALUES = [
    "",
    "plain",
    'quote " backslash \\ slash / tab \t newline \n cr \r nul \x00 \x1f',
    "Vučić “4,000” – ≥ 😀 \u2028 \ud800",
    0,
    -7,
    2**70,
    0.1,
    -0.0,
    1e-07,
    1e16,
    123456789.123,
    True,
    False,
    None,
    [],
    {},
    (),
    [1, [2, [3, []]], {}],
    ("a", ("b",)),
    {"k": {"nested": [1, {"deep": None}], "empty": {}}},
    {3: "int key", 2.5: "float key", False: "bool key", None: "none key"},
]


@pytest.mark.parametrize("value", ODD_VALUES, ids=range(len(ODD_VALUES)))
def test_write_json_writes_what_dumps_returns(value):
    import io

    from kfactcheck.export.jsonreport import dumps, write_json

    for obj in (value, [value, value], {"a": value, "b": [value], "c": {"d": value}}):
        out = io.StringIO()
        write_json(obj, out)
        assert out.getvalue() == dumps(obj)


def test_write_json_writes_iterators_as_lists():
    import io

    from kfactcheck.export.jsonreport import dumps, write_json

    rows = [{"id": f"c{i}", "scope": ["x"] * (i % 3), "v": i / 7} for i in range(50)]
    for items in (rows, []):
        out = io.StringIO()
        write_json({"head": 1, "rows": iter(items), "tail": []}, out)
        assert out.getvalue() == dumps({"head": 1, "rows": items, "tail": []})
        out = io.StringIO()
        write_json(iter(items), out)
        assert out.getvalue() == dumps(items)


def test_write_json_refuses_what_dumps_refuses():
    import io

    from kfactcheck.export.jsonreport import write_json

    for bad in (float("nan"), float("inf"), {"x": [float("-inf")]}):
        with pytest.raises(ValueError):
            write_json(bad, io.StringIO())
    with pytest.raises(TypeError):
        write_json({"x": object()}, io.StringIO())


def test_streamed_report_equals_rendered_report():
    import io

    from kfactcheck.export import writer

    report = sample_report()
    for kwargs in ({}, {"kind": "discrepancy"}):
        out = io.StringIO()
        writer(report, "json", generated=GENERATED, **kwargs)(out)
        assert out.getvalue() == render(report, "json", generated=GENERATED, **kwargs)
