"""IRIs as RFC 3987 writes them, so that a strict triple store takes every one we write.

The IRI type's pattern (shared with the JSON Schema) keeps out what would break out of
an `<IRI>` in N-Triples or Turtle: white space, controls, `<>"{}|\\^``. That is not
enough for strict stores: Oxigraph refuses the whole document over `a:%zz`, `a:[x]`, a
second `#`, a port that is not a number, or a private-use character outside the query.
This grammar is RFC 3987's `IRI` rule; its loops are possessive, so checking takes time
linear in the IRI's length, however long.
"""

from __future__ import annotations

import re

__all__ = ["is_iri"]


def _ranges(*pairs: tuple[int, int]) -> str:
    return "".join(f"{chr(low)}-{chr(high)}" for low, high in pairs)


_UCSCHAR = _ranges(
    (0xA0, 0xD7FF),
    (0xF900, 0xFDCF),
    (0xFDF0, 0xFFEF),
    *((plane << 16, (plane << 16) + 0xFFFD) for plane in range(1, 14)),
    (0xE1000, 0xEFFFD),
)
_IPRIVATE = _ranges((0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))
_UNRESERVED = rf"A-Za-z0-9\-._~{_UCSCHAR}"
_SUB_DELIMS = r"!$&'()*+,;="
_PCT = r"%[0-9A-Fa-f]{2}"
_IPCHAR = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}:@]|{_PCT})"
_USERINFO = rf"(?:(?:[{_UNRESERVED}{_SUB_DELIMS}:]|{_PCT})*+@)?"
_IP_LITERAL = rf"\[(?:[0-9A-Fa-f:.]++|v[0-9A-Fa-f]++\.[{_UNRESERVED}{_SUB_DELIMS}:]++)\]"
_HOST = rf"(?:{_IP_LITERAL}|(?:[{_UNRESERVED}{_SUB_DELIMS}]|{_PCT})*+)"
_AUTHORITY = rf"{_USERINFO}{_HOST}(?::[0-9]*+)?"
_PATH = rf"(?://{_AUTHORITY}(?:/{_IPCHAR}*+)*+|/?(?:{_IPCHAR}++(?:/{_IPCHAR}*+)*+)?)"
_QUERY = rf"(?:\?(?:{_IPCHAR}|[{_IPRIVATE}/?])*+)?"
_FRAGMENT = rf"(?:#(?:{_IPCHAR}|[/?])*+)?"
_IRI = re.compile(rf"[A-Za-z][A-Za-z0-9+.\-]*+:{_PATH}{_QUERY}{_FRAGMENT}")


def is_iri(value: str) -> bool:
    """Whether `value` is an IRI by RFC 3987 (absolute: a scheme, then the rest)."""
    return _IRI.fullmatch(value) is not None
