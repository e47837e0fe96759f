"""From RDF back to a dataset: the mapping of `rdf.mapping`, inverted field by field.

Every triple is either read into a field or reported: a graph that holds triples the
model does not know is refused unless the caller asks to ignore them, so nothing is
dropped silently. Literals must carry the datatype the mapping writes (an amount as
xsd:double or a plain string is an error, not a conversion).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import rdflib
from rdflib.plugins.parsers.notation3 import BadSyntax

from engagement_schema.errors import InvalidRecord, Path, Problem, SyntaxProblem
from engagement_schema.formats import json as json_format
from engagement_schema.formats.jsonld import malformed_context, remote_contexts
from engagement_schema.models import COLLECTIONS, SCHEMA_VERSION, Dataset
from engagement_schema.models.base import Node
from engagement_schema.models.fields import FieldSpec, field_specs
from engagement_schema.rdf.mapping import date_datatype, scalar_datatype
from engagement_schema.rdf.namespaces import DEFAULT_BASE, concept_iri, expand
from engagement_schema.rdf.parsers import BadLine, parse_ntriples, parse_turtle
from engagement_schema.rdf.terms import RDF_TYPE, XSD, Literal, Term, Triple
from engagement_schema.validation import validate_data

__all__ = ["parse_triples", "read_dataset"]


def parse_triples(text: str, format: str, *, source: str) -> list[Triple]:
    """The triples of an RDF document; syntax errors become `InvalidRecord`."""
    if format == "jsonld":
        _check_jsonld(text, source)
    graph = rdflib.Graph()
    try:
        if format == "ntriples":
            parse_ntriples(text, graph)
        elif format == "turtle":
            parse_turtle(text, graph)
        else:
            graph.parse(data=text, format="json-ld")
    except Exception as err:  # rdflib's parsers raise assorted errors (AttributeError on a bad @context)
        raise InvalidRecord(source, [_syntax_problem(err, text, format)]) from None
    return [(str(_term(s)), str(p), _term(o)) for s, p, o in graph]


def read_dataset(
    triples: Iterable[Triple],
    *,
    base: str = DEFAULT_BASE,
    ignore_unknown: bool = False,
    source: str = "<rdf>",
) -> Dataset:
    """The dataset a graph describes; raises `InvalidRecord` listing every problem."""
    reader = _Reader(triples, base)
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for name, model in COLLECTIONS.items():
        subjects = reader.subjects_of(expand(model.rdf_type[0]))
        data[name] = [reader.node(model, subject, (name, i)) for i, subject in enumerate(subjects)]
    problems = reader.problems
    if not ignore_unknown:
        problems += [Problem((), f"triple not in the model: {_show(t)}") for t in reader.unread()]
    if problems:
        raise InvalidRecord(source, problems)
    dataset = validate_data(data, source=source)
    if not ignore_unknown:
        _refuse_contrary_classes(dataset, reader, base, source)
    return dataset


def _refuse_contrary_classes(dataset: Dataset, reader: _Reader, base: str, source: str) -> None:
    """A record's class its fields do not imply (EndorseAction on a statement whose act is
    "discussed") is a known term, but it would not come back out: report it, not drop it."""
    implied = {(base + r.id, RDF_TYPE, expand(c)) for _, r in dataset.records() for c in r.rdf_types()}
    records = {subject for subject, _, _ in implied}
    contrary = [t for t in reader.read if t[1] == RDF_TYPE and t[0] in records and t not in implied]
    if contrary:
        message = "class the record's fields do not imply: "
        raise InvalidRecord(source, [Problem((), message + _show(t)) for t in sorted(contrary, key=_show)])


class _Reader:
    """An index of a graph by subject, and the record of which triples were read."""

    def __init__(self, triples: Iterable[Triple], base: str) -> None:
        self.base = base
        self.index: dict[str, dict[str, list[Term]]] = defaultdict(lambda: defaultdict(list))
        self.all: list[Triple] = []
        for triple in triples:
            self.all.append(triple)
            self.index[triple[0]][triple[1]].append(triple[2])
        self.read: set[Triple] = set()
        self.problems: list[Problem] = []

    def subjects_of(self, rdf_class: str) -> list[str]:
        return sorted(s for s, props in self.index.items() if rdf_class in props.get(RDF_TYPE, ()))

    def unread(self) -> list[Triple]:
        return sorted((t for t in self.all if t not in self.read), key=_show)

    def node(self, model: type[Node], subject: str, path: Path) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if "id" in model.model_fields:
            data["id"] = self._local(subject, (*path, "id"))
        self._types(model, subject, path)
        for spec in field_specs(model):
            if spec.predicate is None:
                continue
            values = self._values(spec, subject, (*path, spec.name))
            if spec.many:
                data[spec.name] = values
            elif len(values) == 1:
                data[spec.name] = values[0]
            elif len(values) > 1:
                self.problems.append(Problem((*path, spec.name), f"<{subject}> has {len(values)} values; expected one"))
        return data

    def _types(self, model: type[Node], subject: str, path: Path) -> None:
        known = {expand(t) for t in model.known_rdf_types()}
        for rdf_class in self.index[subject].get(RDF_TYPE, ()):
            if rdf_class in known:
                self.read.add((subject, RDF_TYPE, rdf_class))

    def _values(self, spec: FieldSpec, subject: str, path: Path) -> list[Any]:
        predicate = expand(spec.predicate)  # type: ignore[arg-type]  # caller skips unmapped fields
        holders = [subject]
        if spec.via is not None:
            link, node_class = expand(spec.via[0]), expand(spec.via[1])
            holders = [h for h in self._objects(subject, link) if isinstance(h, str) and self._has_type(h, node_class)]
            for holder in holders:
                self.read.update({(subject, link, holder), (holder, RDF_TYPE, node_class)})
        values: list[Any] = []
        for holder in holders:
            for obj in self._objects(holder, predicate):
                self.read.add((holder, predicate, obj))
                value = self._value(spec, obj, path)
                if value is not None:
                    values.append(value)
        return values

    def _value(self, spec: FieldSpec, obj: Term, path: Path) -> Any:
        if spec.node is not None:
            return self.node(spec.node, obj, path) if isinstance(obj, str) else self._wrong(obj, "an IRI", path)
        if spec.refs:
            return self._local(obj, path) if isinstance(obj, str) else self._wrong(obj, "an IRI", path)
        if spec.scheme is not None:
            namespace = concept_iri(spec.scheme.scheme().scheme, "")
            if isinstance(obj, str) and obj.startswith(namespace):
                return obj[len(namespace) :]
            return self._wrong(obj, f"a concept IRI under <{namespace}>", path)
        if spec.iri:
            return obj if isinstance(obj, str) else self._wrong(obj, "an IRI", path)
        if not isinstance(obj, Literal):
            return self._wrong(obj, "a literal", path)
        expected = _expected_datatype(spec, obj.lexical)
        if obj.datatype != expected:
            return self._wrong(obj, f"a literal of datatype <{expected}>", path)
        return _python(spec, obj.lexical)

    def _local(self, iri: Term, path: Path) -> str | None:
        if isinstance(iri, str) and iri.startswith(self.base):
            return iri[len(self.base) :]
        return self._wrong(iri, f"an IRI under the base <{self.base}>", path)  # type: ignore[no-any-return]

    def _wrong(self, obj: Term, expected: str, path: Path) -> Any:
        """Record that `obj` is not what the field holds; the caller then has no value (None)."""
        self.problems.append(Problem(path, f"{_show_term(obj)} should be {expected}"))

    def _objects(self, subject: str, predicate: str) -> list[Term]:
        return self.index.get(subject, {}).get(predicate, [])

    def _has_type(self, subject: str, rdf_class: str) -> bool:
        return rdf_class in self.index.get(subject, {}).get(RDF_TYPE, ())


def _expected_datatype(spec: FieldSpec, lexical: str) -> str:
    if spec.date:
        return date_datatype(lexical) if len(lexical) in (4, 7, 10) else XSD + "date"
    return scalar_datatype(spec)


def _python(spec: FieldSpec, lexical: str) -> Any:
    if spec.scalar is bool:
        return {"true": True, "false": False, "1": True, "0": False}.get(lexical, lexical)
    if spec.scalar is int or spec.datatype is not None:
        try:
            return int(lexical)
        except ValueError:
            return lexical  # the model reports it, with the field's path
    return lexical  # decimals stay text: the Amount type parses them without loss


def _term(term: rdflib.term.Node) -> Term:
    if isinstance(term, rdflib.Literal):
        datatype = term.datatype or (rdflib.RDF.langString if term.language else rdflib.XSD.string)
        return Literal(str(term), str(datatype))
    if isinstance(term, rdflib.BNode):
        return f"_:{term}"
    return str(term)


def _show(triple: Triple) -> str:
    return " ".join(_show_term(t) for t in triple)


def _show_term(term: Term) -> str:
    if isinstance(term, Literal):
        shown = term.lexical if len(term.lexical) <= 80 else term.lexical[:79] + "…"
        return f"{json.dumps(shown, ensure_ascii=False)}^^<{term.datatype}>"
    return term if term.startswith("_:") else f"<{term}>"


def _check_jsonld(text: str, source: str) -> None:
    """Refuse what rdflib would fetch, crash on, or read without a word: a remote context,
    a document that is not an object or an array, and malformed or ambiguous JSON (a
    duplicate key, of which rdflib would keep one value; nesting no record needs)."""
    try:
        document = json_format.parse(text)
    except SyntaxProblem as err:
        raise InvalidRecord(source, [err.problem]) from None
    if not isinstance(document, dict | list):
        message = f"invalid jsonld: a document is an object or an array, not {type(document).__name__}"
        raise InvalidRecord(source, [Problem((), message, 1, 1)])
    if (malformed := malformed_context(document)) is not None:
        raise InvalidRecord(source, [Problem((), f"invalid jsonld: {malformed}")])
    remote = remote_contexts(document)
    if remote:
        message = f"remote @context {remote[0]!r} is never fetched; inline the context (see schemas/context.jsonld)"
        raise InvalidRecord(source, [Problem((), message)])


def _syntax_problem(err: Exception, text: str, format: str) -> Problem:
    if isinstance(err, BadSyntax):
        # rdflib keeps the reason apart and gives the offset of the error (-1 at the end).
        offset = getattr(err, "_i", -1)
        offset = len(text) if offset < 0 else min(offset, len(text))
        line = text.count("\n", 0, offset) + 1
        column = offset - text.rfind("\n", 0, offset)
        return Problem((), f"invalid {format}: {getattr(err, '_why', _first_line(err))}", line, column)
    if isinstance(err, BadLine):
        return Problem((), f"invalid {format}: {_first_line(err)}", err.number, 1)
    if isinstance(err, RecursionError):
        return Problem((), f"invalid {format}: nesting deeper than the parser can follow")
    lineno = getattr(err, "lineno", None)
    return Problem((), f"invalid {format}: {_first_line(err)}", lineno if isinstance(lineno, int) else None)


def _first_line(err: Exception) -> str:
    return (str(err).strip().splitlines() or [type(err).__name__])[0]
