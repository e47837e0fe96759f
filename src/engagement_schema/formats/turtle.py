"""Turtle: the mapping's triples grouped by subject, with prefixes, deterministic.

Each record and the values nested in it are written as consecutive subject blocks in
the mapping's order, so output streams record by record and the same dataset gives
the same bytes. Names are shortened to prefixed names only where the local part is
plainly legal in Turtle; anything else stays a full `<IRI>`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from engagement_schema.models import Dataset
from engagement_schema.rdf.mapping import record_triples
from engagement_schema.rdf.namespaces import PREFIXES
from engagement_schema.rdf.terms import RDF_TYPE, XSD_STRING, Literal, Term, Triple, quoted

__all__ = ["Compactor", "blocks", "compactor", "document", "header", "write"]

_MAX_TERMS = 4096
_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")


class Compactor:
    """Shortens IRIs to prefixed names over a prefix map (the id base as `id:`).

    Calling it gives the prefixed name, or the IRI unchanged where none fits; `turtle`
    gives the Turtle form (the prefixed name or `<IRI>`).
    """

    def __init__(self, base: str, extra: dict[str, str] | None = None) -> None:
        self.prefixes = {**PREFIXES, "id": base, **(extra or {})}
        self._by_namespace = {namespace: prefix for prefix, namespace in self.prefixes.items()}
        # Vocabulary terms recur on every record; remember a bounded number of them.
        self._terms: dict[str, str] = {}

    def __call__(self, iri: str) -> str:
        return self._prefixed(iri) or iri

    def turtle(self, iri: str) -> str:
        found = self._terms.get(iri)
        if found is not None:
            return found
        if iri.startswith("_:"):
            return iri  # a blank node label, written as is
        found = self._prefixed(iri) or f"<{iri}>"
        if len(self._terms) < _MAX_TERMS and not iri.startswith(self.prefixes["id"]):
            self._terms[iri] = found
        return found

    def _prefixed(self, iri: str) -> str | None:
        # Every namespace ends in / or #, and no local name we write holds either.
        cut = max(iri.rfind("/"), iri.rfind("#")) + 1
        prefix = self._by_namespace.get(iri[:cut])
        if prefix is not None and _LOCAL.fullmatch(iri, cut):
            return f"{prefix}:{iri[cut:]}"
        return None


def write(dataset: Dataset, base: str, *, prefixes: bool = True) -> str:
    """The dataset as Turtle, record by record; without `prefixes`, only the blocks
    (for a stream that wrote the prefixes once at its start)."""
    compact = compactor(base)
    body = "".join(b for _, record in dataset.records() for b in blocks(record_triples(record, base), compact))
    return header(compact) + body if prefixes else body


@lru_cache(maxsize=8)
def compactor(base: str) -> Compactor:
    """A shared compactor for `base`, so its term cache serves every record of a stream."""
    return Compactor(base)


def header(compact: Compactor) -> str:
    """The `@prefix` lines."""
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(compact.prefixes.items()))


def blocks(triples: Iterable[Triple], compact: Compactor) -> Iterator[str]:
    """One Turtle block per subject, in the order subjects first appear."""
    grouped: dict[str, list[tuple[str, Term]]] = {}
    for subject, predicate, obj in triples:
        grouped.setdefault(subject, []).append((predicate, obj))
    for subject, pairs in grouped.items():
        yield _block(subject, pairs, compact)


def _block(subject: str, pairs: list[tuple[str, Term]], compact: Compactor) -> str:
    by_predicate: dict[str, list[str]] = {}
    for predicate, obj in pairs:
        key = "a" if predicate == RDF_TYPE else compact.turtle(predicate)
        by_predicate.setdefault(key, []).append(_object(obj, compact))
    lines = [f"    {p} {', '.join(objs)}" for p, objs in by_predicate.items()]
    return f"\n{compact.turtle(subject)}\n" + " ;\n".join(lines) + " .\n"


def _object(obj: Term, compact: Compactor) -> str:
    if isinstance(obj, Literal):
        text = quoted(obj.lexical)
        return text if obj.datatype == XSD_STRING else f"{text}^^{compact.turtle(obj.datatype)}"
    return compact.turtle(obj)


def document(triples: Iterable[Triple], compact: Compactor) -> str:
    """A whole Turtle document: prefixes, then a block per subject."""
    return header(compact) + "".join(blocks(triples, compact))
