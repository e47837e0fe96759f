"""Source documents and the attributions inside them.

A report often relays what others said ("according to the U.S. Embassy", "the
president's website said"); an attribution records who a claim is credited to, in
which document, and which records it supports, so a reader can weigh each claim.
"""

from __future__ import annotations

import hashlib
from typing import Annotated, ClassVar, Self

from pydantic import Field, model_validator

from engagement_schema.models.record import Record
from engagement_schema.models.types import IRI, Identifier, LanguageTag, PartialDate, Rdf, Ref, String, Text


class SourceDocument(Record):
    """A document facts are taken from: a news report, a press release, a website."""

    rdf_type: ClassVar[tuple[str, ...]] = ("schema:CreativeWork", "prov:Entity")
    kind_name: ClassVar[str] = "source"
    identity: ClassVar[tuple[str, ...]] = ("title", "publisher", "published", "url", "sha256")

    title: Annotated[Text | None, Rdf("dcterms:title")] = None
    publisher: Annotated[Identifier | None, Ref("organizations"), Rdf("dcterms:publisher")] = None
    published: Annotated[PartialDate | None, Rdf("dcterms:issued")] = None
    language: Annotated[LanguageTag | None, Rdf("dcterms:language")] = None
    url: Annotated[IRI | None, Rdf("schema:url")] = None
    sha256: Annotated[String | None, Field(pattern=r"^[0-9a-f]{64}$"), Rdf("es:sha256")] = None
    """SHA-256 of the UTF-8 text, so evidence can be tied to the exact bytes."""
    text: Annotated[String | None, Rdf("schema:text")] = None
    """The full text, when the record carries it; evidence is then checked against it."""

    @model_validator(mode="after")
    def _text_matches_hash(self) -> Self:
        if self.text is not None and self.sha256 is not None:
            actual = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
            if actual != self.sha256:
                raise ValueError(f"sha256 is {self.sha256} but the text hashes to {actual}")
        return self


class Attribution(Record):
    """A source's crediting of claims to an agent or a cited work."""

    rdf_type: ClassVar[tuple[str, ...]] = ("prov:Attribution",)
    kind_name: ClassVar[str] = "attribution"
    identity: ClassVar[tuple[str, ...]] = ("document", "agent", "cited_source", "claims")

    document: Annotated[Identifier, Ref("sources"), Rdf("es:inDocument")]
    """The document in which the attribution is made."""
    agent: Annotated[Identifier | None, Ref("organizations", "people"), Rdf("prov:agent")] = None
    """Who the claims are credited to (the U.S. Embassy)."""
    cited_source: Annotated[Identifier | None, Ref("sources"), Rdf("prov:hadPrimarySource")] = None
    """The work the claims are credited to (the president's official website)."""
    claims: Annotated[
        tuple[Identifier, ...],
        Field(min_length=1),
        Ref("engagements", "statements", "aid_programs", "occupancies", "people"),
        Rdf("es:supports"),
    ]
    """The records whose facts rest on this attribution."""
