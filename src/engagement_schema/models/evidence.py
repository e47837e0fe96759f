"""Evidence: the exact words of a source that a fact rests on.

A span is 0-based with an exclusive end, so it is both a Python slice of the source
text and a W3C Web Annotation TextPositionSelector; the quote is its
TextQuoteSelector. Keeping both lets a reader check the span without the text and
re-anchor it when only the quote survives.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Self

from pydantic import Field, model_validator

from engagement_schema.models.base import Node
from engagement_schema.models.types import Identifier, Offset, Rdf, Ref, String, Text

_POSITION = ("oa:hasSelector", "oa:TextPositionSelector")
_QUOTE = ("oa:hasSelector", "oa:TextQuoteSelector")


class Evidence(Node):
    """A span of a source document's text that supports a fact."""

    rdf_type: ClassVar[tuple[str, ...]] = ("oa:SpecificResource",)

    source: Annotated[Identifier, Ref("sources"), Rdf("oa:hasSource")]
    start: Annotated[Offset, Rdf("oa:start", via=_POSITION, datatype="xsd:nonNegativeInteger")]
    """Offset of the first character, counted in Unicode code points from 0."""
    end: Annotated[Offset, Rdf("oa:end", via=_POSITION, datatype="xsd:nonNegativeInteger")]
    """Offset just past the last character (exclusive, as a Python slice)."""
    quote: Annotated[String, Field(min_length=1), Rdf("oa:exact", via=_QUOTE)]
    """The exact words at the span."""

    def sort_key(self) -> tuple[tuple[str | int], ...]:
        """The generic key of a node, spelled out: evidence is most of the nodes put in order."""
        return ((self.source,), (self.start,), (self.end,), (self.quote,))

    @model_validator(mode="after")
    def _span_fits_quote(self) -> Self:
        if self.end - self.start != len(self.quote):
            raise ValueError(
                f"span {self.start}:{self.end} is {self.end - self.start} characters but the quote is {len(self.quote)}"
            )
        return self


class Derivation(Node):
    """Says that a field's value was derived, not stated, and how."""

    rdf_type: ClassVar[tuple[str, ...]] = ("es:Derivation",)

    field: Annotated[String, Field(pattern=r"^[a-z][a-z0-9_]*$"), Rdf("es:derivedField")]
    """The name of the field whose value was derived (`start`, `sha256`, ...)."""
    method: Annotated[Text, Rdf("es:derivationMethod")]
    """How the value was derived, since the text does not state it (general knowledge, inference)."""
    evidence: Annotated[tuple[Evidence, ...], Rdf("prov:wasDerivedFrom")] = ()
