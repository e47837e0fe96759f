"""Synthetic engagements for benchmarks: seeded, realistic in shape, valid.

Each line is one dataset of a meeting as the seed has them: a source text with the
spans the evidence points at, five participants with ranks and posts in their
organizations, five topics, statements with evidence, and an aid program.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from typing import Any

from engagement_schema import vocabularies

_GIVEN = ["Amir", "Dilshod", "Farrukh", "Gulnora", "Jamshed", "Karim", "Laylo", "Nodir", "Rustam", "Saida", "Timur"]
_FAMILY = ["Aliev", "Boboev", "Davlatov", "Ergashev", "Hakimov", "Ismoilov", "Karimov", "Nazarov", "Rahimov", "Saidov"]
_COUNTRIES = [("TJ", "Tajik", "Dushanbe"), ("UZ", "Uzbek", "Tashkent"), ("KG", "Kyrgyz", "Bishkek"), ("US", "U.S.", "")]
_POSTS = [
    ("Minister of Defense", "Ministry of Defense", "ministry"),
    ("Chief of the General Staff", "General Staff", "armed-forces-staff"),
    ("Commander of the Border Forces", "Border Forces", "border-service"),
]


def engagement_lines(count: int, seed: int = 2018) -> Iterator[str]:
    """`count` JSON Lines, each a valid dataset of one meeting."""
    rng = random.Random(seed)
    topic_ids = list(vocabularies.topics().ids)
    act_ids = list(vocabularies.speech_acts().ids)
    rank_ids = [r.id for r in vocabularies.ranks().concepts if r.kind == "military"]
    for n in range(count):
        yield json.dumps(_meeting(rng, n, topic_ids, act_ids, rank_ids), ensure_ascii=False, separators=(",", ":"))


def _meeting(rng: random.Random, n: int, topic_ids: list[str], act_ids: list[str], rank_ids: list[str]) -> Any:
    code, demonym, city = rng.choice(_COUNTRIES[:3])
    people = [f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}" for _ in range(5)]
    sentences = [f"{name} met officials in {city} on day {n}." for name in people]
    text = " ".join(sentences) + f" The United States has provided over ${rng.randint(1, 900)} million in aid."
    source = f"report-{n}"
    spans = _spans(text, people)
    data: dict[str, Any] = {
        "schema_version": "1.0",
        "sources": [
            {
                "id": source,
                "published": "2018-05-14",
                "language": "en",
                "text": text,
                "sha256": hashlib.sha256(text.encode()).hexdigest(),
            }
        ],
        "places": [
            {"id": f"{code.lower()}-{n}", "name": city, "kind": "city", "country": code},
            {"id": f"us-{n}", "name": "United States", "kind": "country", "country": "US"},
        ],
        "organizations": [],
        "people": [],
        "posts": [],
        "occupancies": [],
    }
    participants = []
    for i, name in enumerate(people):
        label, org_name, kind = _POSTS[i % len(_POSTS)]
        person, org, post = f"p-{n}-{i}", f"o-{n}-{i}", f"post-{n}-{i}"
        data["organizations"].append({"id": org, "name": f"{demonym} {org_name}", "kind": kind, "country": code})
        data["people"].append(
            {
                "id": person,
                "name": name,
                "rank": rng.choice(rank_ids),
                "country": code,
                "evidence": [{"source": source, **spans[i]}],
            }
        )
        data["posts"].append({"id": post, "label": label, "organization": org})
        data["occupancies"].append({"id": f"occ-{n}-{i}", "person": person, "post": post})
        participants.append({"agent": person, "role": "host" if i else "visitor", "posts": [post]})
    data["engagements"] = [
        {
            "id": f"meeting-{n}",
            "kind": "meeting",
            "start": f"2018-05-{1 + n % 28:02d}",
            "place": f"{code.lower()}-{n}",
            "participants": participants,
            "topics": rng.sample(topic_ids, 5),
            "evidence": [{"source": source, **spans[0]}],
        }
    ]
    data["statements"] = [
        {
            "id": f"s-{n}-{i}",
            "act": rng.choice(act_ids),
            "actors": [f"p-{n}-0"],
            "addressees": [f"p-{n}-{i}"],
            "engagement": f"meeting-{n}",
            "topics": rng.sample(topic_ids, 2),
            "evidence": [{"source": source, **spans[i]}],
        }
        for i in range(1, 3)
    ]
    amount = text[text.index("$") : text.index(" in aid")]
    data["aid_programs"] = [
        {
            "id": f"aid-{n}",
            "donor": f"us-{n}",
            "recipient": f"{code.lower()}-{n}",
            "amount": {"value": str(int(amount[1:].split()[0]) * 1_000_000), "currency": "USD", "qualifier": "over"},
            "start": "1992",
            "kinds": ["programs"],
            "sectors": ["152"] if False else ["151"],
            "evidence": [_span(text, amount)],
        }
    ]
    data["aid_programs"][0]["evidence"][0]["source"] = source
    return data


def _spans(text: str, names: list[str]) -> list[dict[str, Any]]:
    spans, cursor = [], 0
    for name in names:
        start = text.index(name, cursor)
        spans.append({"start": start, "end": start + len(name), "quote": name})
        cursor = start + len(name)
    return spans


def _span(text: str, quote: str) -> dict[str, Any]:
    start = text.index(quote)
    return {"start": start, "end": start + len(quote), "quote": quote}


if __name__ == "__main__":
    import sys

    for line in engagement_lines(int(sys.argv[1]) if len(sys.argv) > 1 else 1000):
        sys.stdout.write(line + "\n")
