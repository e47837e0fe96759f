"""`Node`, the base of every model: strict, closed, immutable, canonically ordered.

Lists that are sets in the domain (participants, topics, evidence) are kept sorted, and
duplicates are an error: the canonical order makes output deterministic and lets RDF,
which has no order, come back into equal models.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from typing import Any, ClassVar, Self

from pydantic import BaseModel, ConfigDict, model_validator


class Node(BaseModel):
    """A value inside a record; closed and immutable. Scalars are strict (no "1" for 1),
    so the models accept what the JSON Schema accepts; lists may be any sequence."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        use_attribute_docstrings=True,
        validate_default=False,
    )

    #: RDF classes of the node; the first is the one an importer looks for.
    rdf_type: ClassVar[tuple[str, ...]] = ()

    def rdf_types(self) -> tuple[str, ...]:
        """The RDF classes of this node (some depend on a field's value)."""
        return self.rdf_type

    @classmethod
    def known_rdf_types(cls) -> frozenset[str]:
        """Every RDF class a node of this kind may have; an importer accepts these."""
        return frozenset(cls.rdf_type)

    def sort_key(self) -> tuple[Any, ...]:
        """A total order over nodes of one kind, for canonical lists."""
        return tuple(_key(getattr(self, name)) for name in type(self).model_fields)

    @model_validator(mode="after")
    def _canonical_lists(self) -> Self:
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, tuple) and len(value) > 1:
                ordered = tuple(sorted(value, key=_key))
                for left, right in itertools.pairwise(ordered):
                    if _key(left) == _key(right):
                        raise ValueError(f"{name} lists {_show(left)} twice")
                object.__setattr__(self, name, ordered)
        return self


def content_id(kind: str, parts: list[Any]) -> str:
    """An id for a fact from its kind and identifying values: `kind-<16 hex of SHA-1>`.

    SHA-1 is used as FollowTheMoney does, for spread, not secrecy; 64 bits keep ids
    short while a collision stays negligible at a corpus's millions of records.
    """
    canonical = json.dumps([kind, *parts], ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return f"{kind}-{hashlib.sha1(canonical.encode('utf-8')).hexdigest()[:16]}"


def _key(value: Any) -> Any:
    if isinstance(value, Node):
        return value.sort_key()
    if isinstance(value, tuple):
        return tuple(_key(v) for v in value)
    if value is None:
        return ()
    return (value,)


def _show(value: Any) -> str:
    return repr(value.model_dump(mode="json")) if isinstance(value, Node) else repr(value)
