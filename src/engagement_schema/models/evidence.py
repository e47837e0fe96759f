"""Evidence: the exact words of a source that a fact rests on.

A span is 0-based with an exclusive end, so it is both a Python slice of the source
text and a W3C Web Annotation TextPositionSelector; the quote is its
TextQuoteSelector. Keeping both lets a reader check the span without the text and
re-anchor it when only the quote survives.
"""

from __future__ import annotations

from typing import Annotated, Self

from pydantic import Field, model_validator

from engagement_schema.models.base import Node
from engagement_schema.models.types import Identifier, Offset, Rdf, Ref, String, Text


class Evidence(Node):
    """A span of a source document's text that supports a fact."""

    source: Annotated[Identifier, Ref("sources"), Rdf("oa:hasSource")]
    start: Annotated[Offset, Rdf("oa:start")]
    end: Annotated[Offset, Rdf("oa:end")]
    quote: Annotated[String, Field(min_length=1), Rdf("oa:exact")]

    @model_validator(mode="after")
    def _span_fits_quote(self) -> Self:
        if self.end - self.start != len(self.quote):
            raise ValueError(
                f"span {self.start}:{self.end} is {self.end - self.start} characters "
                f"but the quote is {len(self.quote)}"
            )
        return self


class Derivation(Node):
    """Says that a field's value was derived, not stated, and how."""

    field: Annotated[String, Field(pattern=r"^[a-z_]+$"), Rdf("es:derivedField")]
    method: Annotated[Text, Rdf("es:derivationMethod")]
    evidence: Annotated[tuple[Evidence, ...], Rdf("prov:wasDerivedFrom")] = ()
