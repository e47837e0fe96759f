"""Triggers: the words that tell which kind of engagement a sentence reports, and the roles
of the agents around them ("paid a working visit to", "received", "held talks with",
"was signed ... by"), kept as one table the reader of engagements tries in order.

Each trigger says where its visitor is named (the clause's subject, the owner of "X's
visit", the person after "a visit by"), whether those it names follow "to" or "by", and
the cue words a sentence must hold for its pattern to be worth trying.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from engagement_schema.extraction.discourse import ADVERBS
from engagement_schema.models.engagements import ParticipantRole

__all__ = [
    "ADJECTIVES",
    "CONFERENCE",
    "CONFERENCE_NOUNS",
    "CREDENTIALS",
    "CUED",
    "PARTNERSHIP_NOUNS",
    "SIGNED_WHAT",
    "TRIGGERS",
    "Trigger",
    "any_of",
]

_F = re.IGNORECASE
ADJECTIVES = r"(?:[\w-]+\s+){0,3}?"
CREDENTIALS = r"(?:copies\s+of\s+(?:his\s+|her\s+|the\s+)?)?(?:credentials|letters?\s+of\s+credence)"
CONFERENCE_NOUNS = ("conference", "forum", "summit", "symposium", "seminar", "workshop", "table", "congress")
PARTNERSHIP_NOUNS = ("partnership",)
CONFERENCE = r"(?:conference|forum|summit|symposium|seminar|workshop|round\s*table|congress)"


@dataclass(frozen=True, slots=True)
class Trigger:
    kind: str
    pattern: re.Pattern[str]
    subject_role: ParticipantRole
    object_role: ParticipantRole
    """Role of the agents after the trigger; "host" of a visit is a state or institution."""
    cues: tuple[str, ...]
    """Lowercase words one of which a sentence must hold for the pattern to be tried (speed)."""
    needs_person_object: bool = False
    objects_after_to: bool = False
    """The other party follows "to", after what is given ("handed over boats to the Border Service")."""
    all_after: bool = False
    """Every person named after the trigger in its clause takes part, however written ("signed
    by the president of the Foundation, Ana de Souza, and the director of ...")."""
    alone: bool = False
    """One person may hold it alone: "the Minister opened a new school"."""
    needs_subject: bool = False
    """The guest is the clause's subject and must be someone, or a pronoun for someone: "The
    rice was received at the port by the minister" tells of no reception."""
    held_subject: bool = False
    """The clause's subject is what was held, no party: "The session was co-chaired by"."""
    visitor: Literal["subject", "owner", "after", "before"] = "subject"
    """Where a visit names its visitor: the clause's subject, the owner of the visit
    ("O'Connell's visit to Indonesia"), after the trigger ("a visit by the minister to"), or
    the person named last before it ("Admiral X, currently visiting Oman")."""


def any_of(*alternatives: str, starts: str = "") -> re.Pattern[str]:
    """The alternatives as one pattern that ignores case. `starts`, when given, holds every
    letter a match can begin with: a scan then tries the whole pattern only where one is,
    not at every character (for a long list of alternatives, several times quicker)."""
    pattern = "|".join(alternatives)
    return re.compile(f"(?=[{starts}])(?:{pattern})" if starts else pattern, _F)


# "a visit to", "an official tour of Malawi and Zambia"
VISIT_NOUN = (
    r"(?:an?\s+|his\s+|her\s+|their\s+|the\s+|its\s+)?"
    + ADJECTIVES
    + r"(?:visits?(?:\s+to|\s+in)?|tour(?:\s+of|\s+to)?)\b"
)
# Where and when may stand between a passive verb and its "by" ("was received in Warsaw on
# Tuesday, 17 September, by ..."); the agent still follows "by".
# "was welcomed with military honours by", "upon arrival": how, too, may stand there.
_WHEN_WORDS = (
    rf"in|at|on|upon|during|{ADVERBS}|this|last|the\s+same|the\s+following|later"
    r"|with\s+(?:full\s+|military\s+|ceremonial\s+|state\s+)*honou?rs"
)
WHERE_WHEN = rf"(?:,?\s+(?:{_WHEN_WORDS})\b(?:[^;.]|\.(?=\w)){{0,80}}?)?,?"
_AUXILIARY = r"(?:was|were|has\s+been|have\s+been|had\s+been)"
_ADVERB = r"(?:later|also|then|subsequently|first|jointly|earlier)"  # "was later received by"


# Who a call was with, perhaps after when it was.
_CALLED = (
    rf"(?:(?:\s+(?:{ADVERBS}|on\s+\d{{1,2}}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\s+\d{{1,2}}))?"
    r"\s+(?:with|from|between)\b)?"
)


def _passive(verb: str, *, auxiliary: bool = True) -> str:
    """A passive verb with its agent after "by", where and when perhaps between ("was
    received in Warsaw on Tuesday by"); the auxiliary may be left out of a participle
    ("an agreement signed in Amman today by")."""
    return rf"\b(?:{_AUXILIARY}\s+(?:{_ADVERB}\s+)?){'' if auxiliary else '?'}{verb}" + WHERE_WHEN + r"\s+by\b"


# What is held with someone: "held talks", "held a tête-à-tête"
_HELD = r"(?:meetings?|talks|discussions|negotiations|consultations|t[eê]te-[aà]-t[eê]tes?)"
# "signed on 7 May 2024", "signed on May 7": a day between the verb and what is signed
_DAY_MONTH = r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?"
# "inaugurated four classrooms", "opened 12 new wells": how many were opened
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,3})"
# "signed a KD 10 million loan agreement": the sum before what is signed
_AMOUNT = r"(?:(?:[A-Z]{2,3}\s*|US\s*)?\$?\s*[\d.,]+\s*(?:million|billion|mln|bn|m)?\s+)?"
# What is signed: "signed a memorandum", "signed this Tuesday the Partnership Framework".
SIGNED_WHAT = (
    r"(?:agreements?|memorand(?:um|a)|protocols?|treaty|treaties|contracts?|plans?|road\s*maps?|declarations?|addend(?:um|a)"
    r"|amendments?|conventions?|pacts?|MoUs?|statements?\s+of\s+intent"
    r"|programmes?|programs?|accords?|frameworks?|arrangements?|charters?|letters?\s+of\s+intent|minutes"
    r"|records?\s+of\s+discussions?|notes|joint\s+(?:statement|communiqu[eé])|documents?|deals?)\b"
)
TRIGGERS = (
    Trigger(
        "ceremony",
        any_of(
            r"\b(?:presented|presents|presenting|handed|hands|handing)\s+(?:over\s+)?(?:his\s+|her\s+|the\s+|a\s+)?"
            + CREDENTIALS
            + r"(?:\s+to)?\b"
        ),
        "visitor",
        "host",
        ("credential", "credence"),
    ),
    Trigger(
        "ceremony",
        any_of(rf"\b(?:received|receives|receiving|accepted|accepts)\s+(?:the\s+)?{CREDENTIALS}\s+(?:of|from)\b"),
        "host",
        "visitor",
        ("credential", "credence"),
    ),
    Trigger(
        "ceremony",
        any_of(
            r"\bhanded\s+over\s+(?:his\s+|her\s+|the\s+)?(?:duties|responsibilities|affairs|office|post)\b[^,.;]{0,60}?\bto\b"
        ),
        "attendee",
        "attendee",
        ("handed",),
    ),
    Trigger(
        "agreement-signing",
        # not "The signing ceremony was attended by X": those present at the signing told before
        any_of(r"\bsigning\s+ceremony\b(?!\s+(?:was|were)\s+(?:also\s+)?(?:attended|witnessed|joined)\b)(?:\s+with)?"),
        "attendee",
        "attendee",
        ("signing",),
    ),
    # "X witnessed the closing ceremony of the exercise": one who attends a ceremony of its kind holds it alone
    Trigger(
        "ceremony",
        any_of(
            r"\b(?:attended|attends|witnessed|witnesses|graced|graces|presided\s+over|presides\s+over)\s+the\s+"
            r"(?:opening|closing|inauguration|inaugural|graduation|commissioning|wreath-laying|award|awards"
            r"|flag-raising|ground-?breaking|launch|launching|passing-out|commemoration|commemorative)\s+ceremon(?:y|ies)\b"
        ),
        "attendee",
        "attendee",
        ("ceremon",),
        alone=True,
    ),
    Trigger(
        "ceremony",
        any_of(r"\b(?:credentials|handover|handing-over|hand-over)\s+ceremony\b(?:\s+with)?", r"\bceremony\b"),
        "attendee",
        "attendee",
        ("ceremony",),
    ),
    # "X and Y inaugurated a water pumping station", "opened a new maternity wing": the opening
    # ceremony, its subject attending (not "opened talks", "opened a new chapter")
    Trigger(
        "ceremony",
        any_of(
            # "inaugurated in Ungheni a joint contact centre": a city may stand before what was opened
            r"\b(?:officially\s+|formally\s+|jointly\s+)?(?:inaugurated|inaugurates)"
            r"(?:\s+in\s+(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*)){0,2})?\s+(?:an?|the|" + _COUNT + r")\b",
            r"\b(?:officially\s+|formally\s+|jointly\s+)?(?:opened|opens)\s+(?:an?|the|" + _COUNT + r")\s+"
            r"(?:[\w-]+\s+){0,4}?"
            r"(?:station|centre|center|school|hospital|clinic|bridge|road|building|facility|office|plant|laboratory"
            r"|wing|unit|museum|library|embassy|consulate|port|terminal|airport|base|academy|institute|park"
            r"|monument)s?\b",
            r"\b(?:laid|lays|laying)\s+the\s+(?:foundation|corner)\s*stone\b",  # of what is to be built
        ),
        "attendee",
        "attendee",
        ("inaugurat", "opened", "opens", "stone"),
        alone=True,
    ),
    # "The centre was opened in Tbilisi by X and Y": the opening ceremony of what was given.
    Trigger(
        "ceremony",
        any_of(_passive(r"(?:officially\s+|formally\s+)?(?:opened|inaugurated)")),
        "attendee",
        "attendee",
        ("opened", "inaugurated"),
        needs_person_object=True,
        alone=True,
    ),
    Trigger(
        "reception",
        any_of(
            _passive(
                r"(?:(?:warmly\s+)?(?:received|welcomed|hosted|greeted)"
                # "was welcomed to Accra by", "was granted an audience by", "was hosted to a dinner by"
                r"(?:\s+to\s+(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*))?)?|granted\s+an\s+audience"
                r"|hosted\s+(?:to|at)\s+an?\s+(?:[\w-]+\s+)?(?:lunch|luncheon|dinner|breakfast|banquet|reception))"
            )
        ),
        "visitor",
        "host",
        ("by",),
        needs_person_object=True,
        needs_subject=True,
    ),
    # "The session was co-chaired by Minister X and Minister Y": their meeting
    Trigger(
        "meeting",
        # ", co-chaired by A and B, was held": a participle after a comma needs no auxiliary
        any_of(_passive(r"(?:co-?)?chaired"), r"(?<=,\s)(?:co-?)?chaired" + WHERE_WHEN + r"\s+by\b"),
        "attendee",
        "attendee",
        ("chaired",),
        all_after=True,
        held_subject=True,
    ),
    # "the guests were met at the General Staff by General X": a meeting, with X its host; "where
    # he was briefed by the Commander" is one too
    Trigger(
        "meeting",
        any_of(_passive("(?:met|briefed)")),
        "visitor",
        "host",
        ("met", "briefed"),
        needs_person_object=True,
        needs_subject=True,
    ),
    Trigger(
        "reception",
        any_of(
            # "hosted a working lunch on Tuesday at the Palace for the Minister": the meal's guest
            r"\b(?:hosted|hosts|gave|gives|offered|offers)\s+an?\s+(?:[\w-]+\s+){0,2}?"
            r"(?:lunch|luncheon|dinner|breakfast|banquet|reception)" + WHERE_WHEN + r"\s+(?:for|in\s+honou?r\s+of)\b",
            r"\b(?:received|receives|receiving|welcomed|welcomes|hosted|hosts|greeted|greets)\b(?:\s+in\s+audience)?",
            # "accorded a warm welcome to X", "granted an audience to X"
            r"\b(?:accorded|accords|extended|extends)\s+(?:a\s+)?(?:warm\s+|cordial\s+|ceremonial\s+)?welcome\s+to\b",
            r"\b(?:granted|grants|gave|gives)\s+(?:an\s+)?audience\s+to\b",
            r"\b(?:played|plays|playing)\s+host\s+to\b",  # "played host to X"
        ),
        "host",
        "visitor",
        ("receiv", "welcom", "host", "greet", "lunch", "dinner", "breakfast", "banquet", "reception", "audience"),
        needs_person_object=True,
    ),
    Trigger(
        "phone-call",
        any_of(
            # "a telephone conversation took place yesterday between A and B"
            r"\b(?:tele)?phone\s+(?:conversation|call|talks?)\s+(?:took\s+place|was\s+held)"
            + WHERE_WHEN
            + r"\s+between\b",
            # "received a phone call on Wednesday from X", "a video conference on Friday between A and B"
            r"\b(?:tele)?phone\s+(?:conversation|call|talk|talks)s?\b" + _CALLED,
            r"\bvideo\s+(?:conversation|call|conference)s?\b" + _CALLED,
            r"\bspoke\s+(?:by|on|over)\s+(?:the\s+)?(?:tele)?phone(?:\s+with)?\b",
            r"\bvideo-?conference\b(?:\s+with)?",
        ),
        "attendee",
        "attendee",
        ("phone", "video"),
    ),
    Trigger(
        "meeting",
        any_of(
            r"(?<!\bto\s)\b(?:met|meets|meet|meeting)\s+with\b",
            r"(?<!\bto\s)\bmet\b",
            r"(?<!\bwill\s)(?<!\bto\s)\b(?:held|hold|holds|holding|had|has|have)\s+(?:a\s+|an\s+)?"
            + ADJECTIVES
            + _HELD
            # "held talks in Lima on 7 May with X", "held talks yesterday at the Palace with X":
            # where and when may come before "with"
            + rf"(?:\s+(?:{ADVERBS}|(?:in|at|on)(?:\s+[\w'-]+\.?,?){{1,5}}?)){{0,2}}\s+with\b",
            # "X and Y held talks in Astana": the parties are the subject alone ("agreed to
            # hold consultations", "will hold talks" tell of none yet).
            r"(?<!\bto\s)(?<!\bwill\s)\b(?:held|hold|holds|holding|had)\s+(?:a\s+|an\s+)?" + ADJECTIVES + _HELD + r"\b",
            r"\bsat\s+down\s+with\b",
            r"\b(?:conferred|confers|consulted|consults)\s+with\b",
            r"\b(?:co-?)?chaired\b(?:\s+with\b)?",
            r"(?:(?<=\bbefore\s)|(?<=\bafter\s))meeting\b(?!\s+(?:of|on|in|at|was|will|with)\b)",
            # "talks with X", "talks in Osaka with Governor X"
            r"\b(?:talks|meeting|negotiations|consultations)"
            + rf"(?:\s+(?:{ADVERBS}|(?:in|at|on)(?:\s+[\w'-]+\.?,?){{1,5}}?)){{0,2}}\s+(?:between|with)\b",
            # "negotiations were held at the Ministry between X and Y"
            r"\b(?:talks|meetings?|negotiations|consultations)\s+(?:was|were)\s+held"
            + WHERE_WHEN
            + r"\s+(?:between|with)\b",
            r"(?<=\b(?:his|her)\s)conversation\s+with\b",
            # "the Chief exchanged pleasantries with the Minister": a courtesy meeting
            r"\bexchanged\s+(?:pleasantries|greetings|courtesies)(?:\s+with\b)?",
            starts="chmnste",
        ),
        "attendee",
        "attendee",
        (
            "met",
            "meet",
            "talks",
            "discussions",
            "negotiation",
            "consult",
            "sat down",
            "conversation",
            "conferred",
            "confers",
            "chaired",
            "tête-à",
            "tete-a",
            "pleasantries",
            "greetings",
            "courtesies",
        ),
    ),
    # "had an audience with the King": a reception the person named after "with" hosts
    Trigger(
        "reception",
        any_of(r"\b(?:had|has|have|held|holds)\s+an\s+audience\s+with\b"),
        "visitor",
        "host",
        ("audience",),
        needs_person_object=True,
    ),
    # "received a courtesy call from the Ambassador": the subject is the host of the guest's call
    Trigger(
        "meeting",
        any_of(
            r"\b(?:received|receives|receiving)\s+(?:a\s+)?(?:courtesy|farewell|introductory)\s+(?:call|visit)\s+from\b"
        ),
        "host",
        "visitor",
        ("courtesy", "farewell", "introductory"),
        needs_person_object=True,
    ),
    # "called on the Minister", "paid a courtesy call on the President": a guest's meeting
    # with someone at their office, who is its host — one with a person; "called on all
    # parties to" is a plea.
    Trigger(
        "meeting",
        any_of(
            r"\b(?:called|calls|calling)\s+on\b",
            r"\b(?:paid|pays|paying|made|makes)\s+(?:a\s+)?(?:courtesy|farewell|introductory)\s+(?:call|visit)s?"
            # "paid a courtesy call the same day on the Minister"
            rf"(?:\s+(?:{ADVERBS}|the\s+same\s+(?:day|morning|afternoon|evening)))?\s+(?:on|to)\b",
            r"\b(?:paid|pays|paying|made|makes)\s+(?:a\s+)?calls?\s+on\b",  # "paid a call on the President"
        ),
        "visitor",
        "host",
        ("call", "courtesy", "farewell", "introductory"),
        needs_person_object=True,
    ),
    Trigger(
        "agreement-signing",
        any_of(
            _passive(r"(?:exchanged\s+and\s+)?signed\b", auxiliary=False),
            r"\bwitness(?:ed|es)?\s+the\s+signing\s+of\b[^;.]{0,160}?\bby\b",
            # "A memorandum was signed between Minister X and Minister Y"
            r"\b(?:was|were)\s+signed" + WHERE_WHEN + r"\s+between\b",
        ),
        "attendee",
        "attendee",
        ("signed", "signing"),
        all_after=True,
    ),
    # "an arrangement that A and B signed in Freetown on Tuesday,": what was signed told before
    Trigger(
        "agreement-signing",
        any_of(r"\bsigned" + WHERE_WHEN + r"(?=\s*(?:[,.;]|$))"),
        "attendee",
        "attendee",
        ("signed",),
        needs_subject=True,
    ),
    Trigger(
        "agreement-signing",
        any_of(
            r"\b(?:signed|inked)(?:\s+(?:today|yesterday|this\s+\w+day|on\s+\w+day|on\s+"
            + _DAY_MONTH
            + r"|in\s+[A-Z][\w-]+),?){0,2}"
            r"\s+(?:an?\s+|the\s+)?" + _AMOUNT + ADJECTIVES + SIGNED_WHAT,
            r"\bexchanged\s+(?:the\s+)?(?:diplomatic\s+)?notes\b",
        ),
        "attendee",
        "attendee",
        ("signed", "exchanged", "inked"),
        alone=True,
    ),
    Trigger(
        "visit",
        any_of(r"\b(?:visited|visits|is\s+visiting|was\s+visiting|toured)\b"),
        "visitor",
        "host",
        ("visit", "tour"),
    ),
    # "Admiral X and his delegation, currently visiting Oman": the one named just before visits
    Trigger(
        "visit",
        any_of(r"(?<=,\s)(?:who\s+(?:is|are)\s+)?(?:currently|now)\s+visiting\b"),
        "visitor",
        "host",
        ("visiting",),
        visitor="before",
    ),
    Trigger(
        "visit",
        any_of(
            r"\b(?:paid|pays|paying|made|makes|is\s+on|was\s+on|are\s+on|were\s+on|began|begins|started|concluded"
            r"|concludes|completed|completes|wrapped\s+up|wraps\s+up|ended|ends|arrived\s+on|arrives\s+on|arrived\s+for"
            # "kicked off a visit", "is undertaking a visit", "who is in Ghana for a two-day visit"
            r"|came\s+on|kicked\s+off|kicks\s+off|undertook|undertakes|undertaking"
            # "the king flew in for a one-day visit", "who is here for a working visit"
            r"|(?:flew|flies|flown)\s+in\s+for|(?:is|was|are|were)\s+here\s+for|(?:is|was|are|were)\s+in"
            r"\s+(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*))?\s+(?:on|for))"
            # "concluded today a four-day visit": when, between the verb and the visit
            rf"(?:\s+(?:{ADVERBS}))?\s+" + VISIT_NOUN
        ),
        "visitor",
        "host",
        ("visit", "tour"),
    ),
    Trigger(
        "visit",
        # "arrived at Port Louis", a ship "docked in Duqm": not "arrived at the airport"
        any_of(r"\b(?:arrived|arrives|arriving|landed|docked|berthed)\s+(?:in|here|at(?=\s+(?-i:[A-Z])))\b"),
        "visitor",
        "host",
        ("arriv", "landed", "docked", "berthed"),
    ),
    # "travelled to Georgia for talks": a visit when a state or city is named as its host.
    Trigger(
        "visit",
        any_of(r"\b(?:travelled|traveled|travels|travelling|traveling|flew|flies)\s+to\b"),
        "visitor",
        "host",
        ("travel", "flew", "flies"),
    ),
    # "the equipment was handed over at the hub in Kabul by A, ..., to B": every person after "by"
    Trigger(
        "aid-delivery",
        any_of(_passive(r"(?:officially\s+)?(?:handed|turned)\s+over")),
        "attendee",
        "attendee",
        ("hand", "turned"),
        all_after=True,
    ),
    Trigger(
        "aid-delivery",
        # "turned over to the Admiral twelve drones": the Philippine word for a handover
        any_of(r"\b(?:handed|hands|handing|turned|turns|turning)\s+over\b"),
        "attendee",
        "attendee",
        ("hand", "turn"),
        objects_after_to=True,
        alone=True,
    ),
    # "the Ambassador, who presented a cheque of US$200,000 for families affected by the floods"
    Trigger(
        "aid-delivery",
        any_of(r"\b(?:presented|presents|presenting)\s+(?:a\s+|the\s+)?(?:symbolic\s+)?(?:cheques?|checks?)\b"),
        "attendee",
        "attendee",
        ("cheque", "check"),
        objects_after_to=True,
        alone=True,
    ),
    Trigger("visit", any_of(r"\bon\s+an?\s+" + ADJECTIVES + r"visit(?:\s+to)?\b"), "visitor", "host", ("visit",)),
    # Visits told as noun phrases: "O'Connell's four-day visit to Indonesia", "a working visit
    # by the Brazilian minister to Angola"; not one before or after this one ("his previous visit").
    Trigger(
        "visit",
        any_of(r"'s\s+" + ADJECTIVES + r"visit(?:\s+to|\s+in)?\b"),
        "visitor",
        "host",
        ("'s",),
        visitor="owner",
    ),
    Trigger(
        "visit",
        any_of(r"\bvisit\s+(?:by|of)\b"),
        "visitor",
        "host",
        ("visit by", "visit of"),
        visitor="after",
    ),
    # "the visit to Moldova on 3-4 March of the European Commissioner": the state, then the visitor
    Trigger(
        "visit",
        any_of(
            r"\bvisit\s+to\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+(?:of\s+)?[A-Z][\w'-]+){0,2}"
            r"(?:\s+(?:on|from)\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]+(?:\s+\d{4})?)?"
            # "a port visit to the Kingdom of Tonga, led by the Commander": the one leading it visits
            r"(?:\s+(?:by|of)|,\s+(?:led|headed)\s+by)\b"
        ),
        "visitor",
        "host",
        ("visit to",),
        visitor="after",
    ),
    Trigger(
        "visit",
        any_of(
            r"\b(?:during|in\s+the\s+course\s+of|as\s+part\s+of|on\s+the\s+sidelines\s+of"
            r"|at\s+the\s+(?:end|close|conclusion|start|beginning)\s+of"
            r"|on\s+the\s+(?:first|second|third|fourth|last|final|closing)\s+day\s+of)\s+" + VISIT_NOUN
        ),
        "visitor",
        "host",
        ("visit", "tour"),
    ),
)
#: Each cue with the triggers it lets be tried, by their place in `TRIGGERS`.
CUED = {cue: [n for n, t in enumerate(TRIGGERS) if cue in t.cues] for t in TRIGGERS for cue in t.cues}
