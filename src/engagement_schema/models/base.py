"""`Node`, the base of every model: strict, closed, immutable, canonically ordered.

Lists that are sets in the domain (participants, topics, evidence) are kept sorted, and
duplicates are an error: the canonical order makes output deterministic and lets RDF,
which has no order, come back into equal models.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import operator
import typing
from collections.abc import Sequence
from typing import Any, ClassVar, Self

from pydantic import BaseModel, ConfigDict, ValidationInfo, model_validator

from engagement_schema.errors import IntegrityError, Problem

#: Validation context key: when true, lists keep the order the input gave them, so the
#: paths of problems found after validation index the input (see `validation`).
INPUT_ORDER = "input_order"


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
    #: Whether an item listed twice is reported by this node (a dataset leaves repeated
    #: records to its integrity check, which gives each one's path).
    reports_repeats: ClassVar[bool] = True

    def rdf_types(self) -> tuple[str, ...]:
        """The RDF classes of this node (some depend on a field's value)."""
        return self.rdf_type

    @classmethod
    def known_rdf_types(cls) -> frozenset[str]:
        """Every RDF class a node of this kind may have; an importer accepts these."""
        return frozenset(cls.rdf_type)

    def sort_key(self) -> tuple[Any, ...]:
        """A total order over nodes of one kind, for canonical lists."""
        return tuple([_key(getattr(self, name)) for name in self._field_names])

    #: The names of the fields, and of those holding lists (tuples), read once per class:
    #: `model_fields` is a property, and every node of every record is put in order.
    _field_names: ClassVar[tuple[str, ...]] = ()
    _list_fields: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls._field_names = tuple(cls.model_fields)
        cls._list_fields = tuple(
            name for name, info in cls.model_fields.items() if typing.get_origin(info.annotation) is tuple
        )

    @model_validator(mode="after")
    def _canonical_lists(self, info: ValidationInfo) -> Self:
        for name in self._list_fields:
            value = getattr(self, name)
            if len(value) > 1:  # most lists hold one item or none: nothing to order
                self._put_in_order(name, value, bool(info.context and info.context.get(INPUT_ORDER)))
        return self

    def _put_in_order(self, name: str, value: tuple[Any, ...], keep_order: bool) -> None:
        first = value[0]
        keys: Sequence[Any]
        if type(first) is str:  # ids and terms order as they are
            keys = value
        elif isinstance(first, Node):
            keys = [item.sort_key() for item in value]
        else:
            keys = list(map(_key, value))
        if all(map(operator.lt, keys, itertools.islice(keys, 1, None))):
            return  # already in order, and so with no repeats: the usual case
        order = sorted(range(len(value)), key=keys.__getitem__)
        if self.reports_repeats:
            for left, right in itertools.pairwise(order):
                if keys[left] == keys[right]:
                    again = max(left, right)  # the later of the two, in the order given
                    raise IntegrityError([Problem((name, again), f"{name} lists {_show(value[left])} twice")])
        if not keep_order and order != sorted(order):
            object.__setattr__(self, name, tuple(value[i] for i in order))


def content_id(kind: str, parts: list[Any]) -> str:
    """An id for a fact from its kind and identifying values: `kind-<16 hex of SHA-1>`.

    SHA-1 is used as FollowTheMoney does, for spread, not secrecy; 64 bits keep ids
    short while a collision stays negligible at a corpus's millions of records.
    """
    canonical = json.dumps(
        [kind, *map(_unordered, parts)], ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str
    )
    return f"{kind}-{hashlib.sha1(canonical.encode('utf-8')).hexdigest()[:16]}"


def _unordered(value: Any) -> Any:
    # Lists in records are sets: the order they came in must not change the id.
    if isinstance(value, list | tuple):
        items = (_unordered(v) for v in value)
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True, default=str))
    if isinstance(value, dict):
        return {k: _unordered(v) for k, v in value.items()}
    return value


def _key(value: Any) -> Any:
    if type(value) is str or type(value) is int:  # the common case, before the costlier checks
        return (value,)
    if isinstance(value, Node):
        return value.sort_key()
    if isinstance(value, tuple):
        return tuple([_key(v) for v in value])
    if value is None:
        return ()
    return (value,)


def _show(value: Any) -> str:
    return repr(value.model_dump(mode="json")) if isinstance(value, Node) else repr(value)
