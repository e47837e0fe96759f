"""`Record`, the base of every fact: a stable id, its evidence, its derivations.

When the input gives no id, one is derived from the fields that identify the fact
(`identity`), hashed as canonical JSON, so the same fact gets the same id on every run
and machine (as FollowTheMoney does) and ids survive re-extraction. The kind of record
is part of the hash, so a person and an organization that share a name never share an id.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar

from pydantic import ConfigDict, SerializerFunctionWrapHandler, ValidationError, model_serializer, model_validator

from engagement_schema.models.base import Node, content_id
from engagement_schema.models.evidence import Derivation, Evidence
from engagement_schema.models.fields import TRAILING
from engagement_schema.models.types import Identifier, Rdf

_PENDING = "pending"  # a valid id to validate with until the real one is derived


def _id_may_be_left_out(schema: dict[str, Any], model: type[Any]) -> None:
    # Input may leave the id out (it is then derived), so the JSON Schema must not require it.
    required = [name for name in schema.get("required", []) if not (name == "id" and getattr(model, "identity", ()))]
    if required:
        schema["required"] = required
    else:
        schema.pop("required", None)


class Record(Node):
    """A fact with a stable id, the evidence it rests on, and how any value was derived."""

    #: Short name of the kind of record; the prefix of derived ids.
    kind_name: ClassVar[str] = "record"
    #: Fields whose values identify the fact; hashed into the id when none is given.
    identity: ClassVar[tuple[str, ...]] = ()

    model_config = ConfigDict(json_schema_extra=_id_may_be_left_out)

    id: Identifier
    evidence: Annotated[tuple[Evidence, ...], Rdf("es:evidence")] = ()
    """The spans of source text the fact rests on."""
    derivations: Annotated[tuple[Derivation, ...], Rdf("es:derivation")] = ()
    """Values the text does not state outright, and how they were derived."""

    @model_validator(mode="before")
    @classmethod
    def _derive_id(cls, data: Any) -> Any:
        if not (isinstance(data, dict) and "id" not in data and cls.identity):
            return data
        # Hash the validated values, not how the input spelled them: a default written
        # out or left out, or an amount given as a Decimal, is the same fact.
        try:
            record = cls.model_validate({"id": _PENDING, **data})
        except ValidationError:
            return {"id": _PENDING, **data}  # validation goes on and reports why
        values = record.model_dump(mode="json", include=set(cls.identity), exclude_defaults=True)
        return {"id": content_id(cls.kind_name, [values.get(f) for f in cls.identity]), **data}

    @model_serializer(mode="wrap")
    def _provenance_last(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        for name in TRAILING:
            if name in data:
                data[name] = data.pop(name)
        return data

    def sort_key(self) -> tuple[str, ...]:
        """Records are ordered by id; ids are unique within a dataset."""
        return (self.id,)
