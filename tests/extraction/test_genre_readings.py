"""Readings of the genre's usual forms, one sentence or two each, in our own words: who
met whom and in which role, what was said about which topics, who gave aid for what,
and whose report it is. Each was once read wrong; each names the reading it pins.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from engagement_schema.extraction import extract
from engagement_schema.extraction.evaluation import Facts, facts

Check = Callable[[Facts], bool]


def eng(f: Facts) -> set[tuple[Any, frozenset[Any]]]:
    """The engagements, each as (kind, participants with roles)."""
    return {(k, frozenset(p)) for k, p in f["engagements"]}


def st(f: Facts) -> set[tuple[Any, frozenset[Any], frozenset[Any]]]:
    """The statements, each as (act, actors, topics)."""
    return {(a, frozenset(x), frozenset(t)) for a, x, t in f["statements"]}


def top(f: Facts) -> set[Any]:
    """The topics of the whole report."""
    return {t for (t,) in f["topics"]}


READINGS: list[Any] = []


def probe(name: str, text: str, check: Check, published: str = "2024-05-10") -> None:
    READINGS.append(pytest.param(text, check, published, id=name))


# prefix compound "counter-narcotics cooperation"
probe(
    "coop-compound",
    "Defense Minister Rafael Ortiz received Admiral John Keller. Minister Ortiz stressed the value of "
    "counter-narcotics cooperation.",
    lambda f: (
        ("stressed", frozenset({"rafael ortiz"}), frozenset({"counter-narcotics"})) in st(f)
        and "cooperation" not in top(f)
    ),
)
# content ends at "and said/invited"
probe(
    "next-clause",
    "President Ilham Rasulov received Foreign Minister Tomasz Nowak on 2 May. Minister Nowak thanked the "
    "President for the hospitality and expressed hope that trade and energy cooperation would grow.",
    lambda f: any(a == "thanked" and t == frozenset() for a, _, t in st(f)) and "trade" in top(f),
)
# possessive organization before a person's title
probe(
    "possessive-org",
    "Minister of Finance Dana Seitova met with the Asian Development Bank's Country Director, Hiroshi "
    "Tanaka, in Astana on 2 May.",
    lambda f: ("meeting", frozenset({("dana seitova", "attendee"), ("hiroshi tanaka", "attendee")})) in eng(f),
)
# regional reading of a topic by its concept ("the security situation in the Middle East", "in the region")
probe(
    "regional",
    "General Mark Ellis met with General Omar Haddad in Amman on 2 May. The two generals discussed peace "
    "and stability in the region.",
    lambda f: "regional-stability" in top(f) and "stability" not in top(f),
)
# a named subject is not overridden by "the two countries" inside its own clause
probe(
    "named-subject",
    "Admiral Ken Sato met with Admiral Lee Min-ho in Seoul on 2 May. Admiral Sato spoke of the friendship "
    "between the two countries and stressed the importance of maritime security.",
    lambda f: ("stressed", frozenset({"ken sato"}), frozenset({"maritime-security"})) in st(f),
)
# planned consultations are no meeting
probe(
    "planned",
    "Foreign Minister Ana Petrova held a telephone conversation with Foreign Minister Luis Ortega on 2 May. "
    "The ministers agreed to hold regular consultations between their ministries.",
    lambda f: not any(k == "meeting" for k, _ in eng(f)),
)
# "X attended the meeting" / "The ceremony was attended by A and B"
probe(
    "attended",
    "The opening ceremony of the new training centre took place on 2 May. The ceremony was attended by "
    "Defense Minister Aidar Bekov and Ambassador Laura Stein.",
    lambda f: ("ceremony", frozenset({("aidar bekov", "attendee"), ("laura stein", "attendee")})) in eng(f),
)
probe(
    "attended-2",
    "Minister of Defense Aidar Bekov received General Tom Hardy on 2 May. General Hardy is on an official "
    "visit to Kazakhstan. Deputy Minister Saule Omarova attended the meeting.",
    lambda f: any(k == "reception" and ("saule omarova", "attendee") in p for k, p in eng(f)),
)
# handover ceremony after aid handed over is an aid delivery
probe(
    "aid-delivery",
    "The U.S. Embassy handed over radios worth $200,000 to the Border Service of Georgia on 2 May. The "
    "ceremony was attended by Ambassador Robin Dunn and Colonel Levan Tsiklauri.",
    lambda f: ("aid-delivery", frozenset({("robin dunn", "attendee"), ("levan tsiklauri", "attendee")})) in eng(f),
)
# "and of" continues a list of objects
probe(
    "and-of",
    "The President of Armenia, Vahe Sargsyan, received the credentials of the Ambassador of Italy, Marco "
    "Bianchi, and of the Ambassador of Chile, Jorge Soto.",
    lambda f: any(k == "ceremony" and ("jorge soto", "visitor") in p for k, p in eng(f)),
)
# "Talks between the two delegations" are the parties'
probe(
    "between-parties",
    "Prime Minister Ali Karimov arrived in Baku on 2 May on an official visit. He was received by President "
    "Rauf Aliyev. Talks between the two delegations followed; Minister Elnur Guliyev took part in the "
    "talks.",
    lambda f: any(
        k == "meeting" and ("rauf aliyev", "host") in p and ("elnur guliyev", "attendee") in p for k, p in eng(f)
    ),
)
# "At the meeting with X, ..." opening names one party; later meetings keep the guest's role
probe(
    "opening-meeting",
    "President Nino Lomidze received the credentials of Ambassador Carl Berg and Ambassador Luis Pardo on 2 "
    "May. At the meeting with Ambassador Pardo, the sides discussed trade.",
    lambda f: (
        ("discussed", frozenset({"nino lomidze", "luis pardo"}), frozenset({"trade"})) in st(f)
        and ("meeting", frozenset({("nino lomidze", "host"), ("luis pardo", "visitor")})) in eng(f)
    ),
)
# "reaffirmed the commitment"
probe(
    "reaffirmed",
    "General Paul Reed met with General Ali Nasser in Doha on 2 May. General Reed reaffirmed the commitment "
    "of the United States to regional security.",
    lambda f: any(a == "pledged" for a, _, _ in st(f)),
)
# vocabulary: anti-terrorist, security on the border, neighbouring Afghanistan, respond to threats
probe(
    "vocab",
    "Minister Davron Aliev met with General Hugh Carter in Dushanbe on 2 May. The sides discussed the "
    "situation in neighbouring Afghanistan and security on the border.",
    lambda f: {"afghanistan-stability", "border-security"} <= top(f) and "security" not in top(f),
)
probe(
    "respond",
    "Minister Davron Aliev met with General Hugh Carter in Dushanbe on 2 May. Minister Aliev stressed the "
    "need to respond to terrorist threats.",
    lambda f: "counter-terrorism" in top(f) and "terrorism" not in top(f),
)
# smuggling of X and Y
probe(
    "smuggling",
    "Minister Davron Aliev met with General Hugh Carter in Dushanbe on 2 May. The two discussed the "
    "trafficking of drugs, weapons and people.",
    lambda f: {"drug-trafficking", "weapons-smuggling", "human-trafficking"} <= top(f),
)
# aid: "Since X joined the Bank in 1992, the Bank has ..."
probe(
    "since-opening",
    "Since Mongolia joined the Asian Development Bank in 1991, the Bank has committed more than $2 billion "
    "to the country.",
    lambda f: any(d == "asian development bank" for d, *_ in f["aid"]),
)
# aid: the EU invests
probe(
    "eu-invests",
    "The programme builds on €15 million that the EU has invested in Georgia's energy sector since 2014.",
    lambda f: any(d == "eu" and r == "georgia" for d, r, *_ in f["aid"]),
)
# aid: on behalf of
probe(
    "on-behalf",
    "On behalf of U.S. Army Central, the American side donated $300,000 worth of equipment to the Land "
    "Forces of Kazakhstan.",
    lambda f: any(d == "army central" for d, *_ in f["aid"]),
)
# aid: a sum restated in another currency ("X, about Y"; "X (Y)") is one gift, not two
probe(
    "restated-currency",
    "Japan will provide 2 billion yen, about 13 million US dollars, to Laos. Germany granted €2 million "
    "(US$2.2 million) to Laos.",
    lambda f: {(d, c) for d, _, _, c, _ in f["aid"]} == {("japan", "JPY"), ("germany", "EUR")},
)
# aid: a state spending its own money ("a year from the national budget", "of its own resources") gives none
probe(
    "own-money",
    "The Government of Peru has spent over $40 million of its own resources on flood relief in Cusco. The "
    "Government of Chile allocates about $9 million a year from the national budget to disaster relief in Bolivia.",
    lambda f: not f["aid"],
)
# aid: what a project costs is not what a donor gives
probe(
    "project-cost",
    "The bridge, expected to cost about $30 million, will be financed by the Asian Development Bank in Laos.",
    lambda f: not f["aid"],
)
# aid: the giver named with the amount ("worth $X, funded by D", "a $X grant from D") outranks who hands it over
probe(
    "given-by",
    "Ambassador Lena Holt handed over ten ambulances worth $900,000, funded by Norway, to the Ministry of Health "
    "of Malawi. Minister Ana Ruiz of Tanzania opened a school in Arusha, built with a $2 million grant from Canada.",
    lambda f: {d for d, *_ in f["aid"]} == {"norway", "canada"},
)
# aid: "provide R with a grant of $X for ... the B": R, the one provided with it, is the recipient
probe(
    "provided-with-a-grant",
    "The Government of Norway will provide the Republic of Malawi with a grant of $3 million for the purchase of "
    "radios for the Malawi Police Service.",
    lambda f: {r for _, r, *_ in f["aid"]} == {"malawi"},
)
# aid: "The Fund" is the "X Fund for Development" named before (the head before "for"/"of"), and
# "US dollars" names no state a report is about (so no recipient by count)
probe(
    "the-fund-and-us-dollars",
    "Minister Ali Rahimov of Tajikistan received the head of the Saudi Fund for Development. The Fund has "
    "financed roads worth 300 million US dollars since 2000; trade stood at 30 million US dollars in 2023 and "
    "25 million US dollars in 2022.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("fund for development", "tajikistan")},
)
# aid: of states named together, the one whose demonym qualifies the loan gives it
probe(
    "demonym-loan",
    "Laos and South Korea on Monday signed an agreement on a Korean concessional loan of $40 million for rural "
    "roads in Laos.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("south korea", "laos")},
)
# aid: "X, which contributed $A ..., will provide $B": X gives both
probe(
    "which-contributed",
    "Norway, which has contributed more than $30 million to UNICEF's work in Malawi since 2015, will provide a "
    "further $5 million to UNICEF in 2024.",
    lambda f: {d for d, *_ in f["aid"]} == {"norway"} and len(f["aid"]) == 2,
)
# aid: "the Board of Directors of the Fund approved a loan": the body the board governs gives
probe(
    "board-of-the-fund",
    "Minister Ali Rahimov of Tajikistan met the head of the Abu Dhabi Fund for Development. He said the Board of "
    "Directors of the Fund had approved a loan of $40 million for Tajikistan.",
    lambda f: {d for d, *_ in f["aid"]} == {"abu dhabi fund for development"},
)
# aid sector for security
probe(
    "sector-152",
    "The U.S. Embassy handed over night-vision goggles worth $800,000 to the Border Troops of Tajikistan.",
    lambda f: any(s == frozenset({"152"}) for *_, s in f["aid-terms"]),
)
# attributions: "According to X," covers its own sentence only
probe(
    "according-opening",
    "Minister Aibek Nurlanov received Ambassador Pierre Lemaire on 2 May. According to Kazinform, the sides "
    "discussed trade.",
    lambda f: ("kazinform", "discussed") in f["attributions"] and ("kazinform", "reception") not in f["attributions"],
)
# attributions: "the ministry said"
probe(
    "the-ministry",
    "Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov met with Ambassador Anna Rossi in Tashkent "
    "on 2 May, the ministry said.",
    lambda f: any(a == "ministry of foreign affairs" for a, _ in f["attributions"]),
)
# attributions: "the press service of the President of X reports" / "the statement said"
probe(
    "press-service-of",
    "President Sadyr Japarov received Ambassador Klaus Becker on 2 May. The sides discussed energy, the "
    "press service of the President of Kyrgyzstan reports.",
    lambda f: any(a == "office of president" for a, _ in f["attributions"]),
)
probe(
    "presidency-said",
    "In a statement, the Kenyan presidency said President Daniel Ruto received Minister Paul Dubois on 2 "
    "May.\n\nPresident Ruto stressed the value of trade, the statement said.",
    lambda f: ("office of president", "stressed") in f["attributions"],
)
# attributions: ", the press service of the Ministry of X said" closes its sentence
probe(
    "closing-press-service",
    "Minister Aibek Nurlanov received Ambassador Pierre Lemaire on 2 May. The sides discussed trade, the "
    "press service of the Ministry of Foreign Affairs of Kazakhstan said.",
    lambda f: ("ministry of foreign affairs", "reception") in f["attributions"],
)
# a delegation received is "the delegation" of a visit told after
probe(
    "delegation-visit",
    "On Monday, Minister of Defence Erlan Ospanov received a delegation of the Turkish Army led by General "
    "Mehmet Demir. The Turkish delegation is in Kazakhstan on a working visit.",
    lambda f: ("visit", frozenset({("mehmet demir", "visitor"), ("kazakhstan", "host")})) in eng(f),
)
# "met with X and with Y": two meetings
probe(
    "and-with",
    "General Mark Ellis visited Oman on 2 May, where he met with Sultan Haitham bin Tariq and with General "
    "Said Al-Harthi in Muscat.",
    lambda f: sum(1 for k, _ in eng(f) if k == "meeting") == 2,
)
# "The X delegation was headed by P"
probe(
    "represented",
    "Political consultations between the foreign ministries of Uzbekistan and Latvia took place in Riga on "
    "Monday. The Uzbek delegation was headed by Deputy Minister Nodir Ismoilov. The Latvian side was "
    "represented by State Secretary Andris Liepa.",
    lambda f: any(
        k == "meeting" and ("nodir ismoilov", "visitor") in p and ("andris liepa", "host") in p for k, p in eng(f)
    ),
)
# relations between two states
probe(
    "relations-between",
    "President Ilham Rasulov received Ambassador Jan Kowalski on 2 May. President Rasulov noted that "
    "relations between Azerbaijan and Poland are growing.",
    lambda f: "bilateral-cooperation" in top(f),
)
# "during its visit": not the subject's visit
probe(
    "its-visit",
    "Minister Ali Karimov thanked Turkmenistan for the welcome given to the Uzbek delegation during its "
    "recent visit to Ashgabat.",
    lambda f: not any(k == "visit" for k, _ in eng(f)),
)
# an institution's visit when no one is named
probe(
    "org-visit",
    "The Indian Navy destroyer INS Kolkata arrived in Colombo, Sri Lanka, on 2 May for a three-day port visit.",
    lambda f: any(k == "visit" and ("navy", "visitor") in p for k, p in eng(f)),
)
# exercises
probe(
    "exercise",
    "The joint Uzbek-Indian military exercise Dustlik began in Termez on 2 May.",
    lambda f: ("exercise", frozenset({("uzbekistan", "attendee"), ("india", "attendee")})) in eng(f),
)
# "The agreement was signed by X and Y" is the signing told before
probe(
    "signed-by",
    "Tbilisi, 2 May 2024 - The European Union and the Government of Georgia today signed a financing "
    "agreement under which the EU will provide EUR 5 million. The agreement was signed in Tbilisi by the EU "
    "Ambassador, Pawel Herczynski, and the Minister of Finance, Lasha Khutsishvili.",
    lambda f: (
        eng(f)
        == {("agreement-signing", frozenset({("pawel herczynski", "attendee"), ("lasha khutsishvili", "attendee")}))}
    ),
)
# "X said the two leaders discussed": the reporter is no actor
probe(
    "reported-clause",
    "President Daniel Ruto received Minister Paul Dubois on 2 May. The Ministry of Foreign Affairs of Kenya "
    "said the two leaders discussed trade.",
    lambda f: ("discussed", frozenset({"daniel ruto", "paul dubois"}), frozenset({"trade"})) in st(f),
)
# the dateline's agency is no subject
probe(
    "dateline-agency",
    "Tbilisi, 2 May 2024 (Interpressnews) – Talks between the defence ministries of Georgia and Poland took "
    "place in Tbilisi on Monday.",
    lambda f: ("meeting", frozenset({("georgia", "attendee"), ("poland", "attendee")})) in eng(f),
)


def dated(f: Facts) -> set[tuple[Any, Any]]:
    """The engagements' dates, each as (kind, start)."""
    return {(k, d) for k, d in f["dates"]}


def placed(f: Facts) -> set[tuple[Any, Any]]:
    """The engagements' cities, each as (kind, city)."""
    return {(k, c) for k, c in f["place"]}


def posts(f: Facts) -> set[tuple[Any, Any]]:
    """The posts held, each as (person, label)."""
    return {(p, label) for p, label in f["posts"]}


# the passive reception with its place and day before "by"
probe(
    "received-in-on-by",
    "Foreign Minister Ana Lutz was received in Vienna on Monday, 6 May, by President Karl Weber.",
    lambda f: (
        ("reception", frozenset({("ana lutz", "visitor"), ("karl weber", "host")})) in eng(f)
        and ("reception", "2024-05-06") in dated(f)
    ),
)
# "called on" and "paid a courtesy call on" a person: a meeting
probe(
    "called-on",
    "Ambassador Ana Lutz called on Foreign Minister Karl Weber in Vienna on Monday.",
    lambda f: ("meeting", frozenset({("ana lutz", "visitor"), ("karl weber", "host")})) in eng(f),
)
probe(
    "courtesy-call",
    "Ambassador Ana Lutz paid a courtesy call on Foreign Minister Karl Weber in Vienna on Monday.",
    lambda f: ("meeting", frozenset({("ana lutz", "visitor"), ("karl weber", "host")})) in eng(f),
)
probe(
    "called-on-plea",
    "Minister Karl Weber called on the international community to support the refugees.",
    lambda f: not eng(f),
)
# officials met listed with semicolons: one meeting each
probe(
    "semicolon-list",
    "General Ana Lutz visited Vienna on 2 May, where she met with Minister of Defence Karl Weber; the Chief "
    "of Staff, General Hans Ott; and Foreign Minister Eva Kranz.",
    lambda f: sum(1 for k, _ in eng(f) if k == "meeting") == 3,
)

# dates counted from the day named before: "the day before", "Later in the day"
probe(
    "the-day-before",
    "On 8 May, Minister Karl Weber held talks with Minister Ana Lutz, who arrived in Vienna on an official "
    "visit the day before.",
    lambda f: ("visit", "2024-05-07") in dated(f) and ("meeting", "2024-05-08") in dated(f),
)
probe(
    "later-in-the-day",
    "Minister Karl Weber held talks with Minister Ana Lutz in Vienna on 8 May, during a visit that began "
    "the previous day.\n\nLater in the day, Minister Lutz was received by President Eva Kranz.",
    lambda f: ("reception", "2024-05-08") in dated(f),
)
# a signing during a visit is signed by equals; "Following the talks" dates it
probe(
    "signing-after-talks",
    "Minister Ana Lutz arrived in Vienna on an official visit on 7 May. On 8 May, she held talks with "
    "Minister Karl Weber. Following the talks, the two ministers signed an agreement on defence cooperation.",
    lambda f: (
        ("agreement-signing", frozenset({("ana lutz", "attendee"), ("karl weber", "attendee")})) in eng(f)
        and ("agreement-signing", "2024-05-08") in dated(f)
    ),
)

# "travelled to" a state is a visit; "In her talks with X, Y ..." is Y's meeting with X
probe(
    "travelled-to",
    "Secretary General Ana Lutz travelled to Austria on Monday for talks with the country's leadership.",
    lambda f: ("visit", frozenset({("ana lutz", "visitor"), ("austria", "host")})) in eng(f),
)
probe(
    "opening-talks-main-subject",
    "Prime Minister Karl Weber thanked the allies for their support. In her talks with Minister Eva Kranz, "
    "Secretary General Ana Lutz focused on cyber defence.",
    lambda f: eng(f) == {("meeting", frozenset({("ana lutz", "attendee"), ("eva kranz", "attendee")}))},
)
# "X was represented by A, and Y by B": each state's person takes its place
probe(
    "represented-ellipsis",
    "The border agencies of Georgia and Armenia held a working meeting on Thursday. Georgia was represented "
    "by the Head of the Border Police, Levan Beridze, and Armenia by General Aram Sargsyan.",
    lambda f: ("meeting", frozenset({("levan beridze", "attendee"), ("aram sargsyan", "attendee")})) in eng(f),
)
# a city that places the engagement by it is not where it was, nor is the dateline's
probe(
    "placed-by-city",
    "TBILISI, May 10. Officials of Georgia and Armenia held a meeting on Thursday at a crossing point "
    "south-east of Tbilisi.",
    lambda f: not placed(f),
)

# ", the ministry said on Thursday": neither a host of the visit nor its day
probe(
    "said-on",
    "Chief of General Staff General Ana Lutz is paying a working visit to Austria, the Defense Ministry said "
    "on Thursday.",
    lambda f: eng(f) == {("visit", frozenset({("ana lutz", "visitor"), ("austria", "host")}))} and not dated(f),
)


def named(f: Facts) -> set[Any]:
    """The people's names."""
    return {n for (n,) in f["people"]}


# a style after a lowercase "the" is the rank, not the name's first word
probe(
    "the-honourable",
    "Yesterday the Honourable Mary Okafor, Minister of Trade, arrived in Lagos.",
    lambda f: named(f) == {"mary okafor"} and ("mary okafor", "honorable") in f["ranks"],
)
# several particles in a row inside a name
probe(
    "particle-run",
    "The Minister of Justice, Pedro Gomez de la Torre, met the Secretary of State for Security, Lucia de los "
    "Rios Vidal, in Lisbon.",
    lambda f: named(f) == {"pedro gomez de la torre", "lucia de los rios vidal"},
)
# a capitalised function word that closes a name ("An" of Vietnamese names)
probe(
    "closing-function-word",
    "Major General Tran Duc An, Deputy Chief of the General Staff, received the delegation.",
    lambda f: named(f) == {"tran duc an"},
)
# a past holder named by a lowercase post after "late" or "former"
probe(
    "late-former-holder",
    "The treaty was drafted by the late foreign minister Karl Brenner and signed under former president Ilse Maurer.",
    lambda f: named(f) == {"karl brenner", "ilse maurer"} and not posts(f),
)
# a person described after the name as "a former" holder of a post
probe(
    "a-former-apposition",
    "Omar Haddad, a former Jordanian envoy to Cairo, welcomed the accord.",
    lambda f: named(f) == {"omar haddad"},
)
# an institution's short name in brackets between a post and its holder
probe(
    "bracketed-short-name",
    "The deal was signed by Vice President of the Baltic Shipping Company (BSC) Jonas Petraitis.",
    lambda f: ("jonas petraitis", "vice president of baltic shipping company") in posts(f),
)
# a two-letter Mongolian initial written against the name
probe(
    "glued-initial",
    "The Minister of Energy B.Tsogt and Director General of the Energy Regulatory Commission Ch.Bold "
    "attended the opening.",
    lambda f: named(f) == {"b.tsogt", "ch.bold"},
)
# titles of executives and liaison officers
probe(
    "executive-liaison-heads",
    "Chief Executive Officer of Kazakh Railways JSC Aidar Sultanov and Police Liaison Officer Tom Berg "
    "attended the launch.",
    lambda f: named(f) == {"aidar sultanov", "tom berg"},
)
# a post's short form used later is the honorific, not a second post
probe(
    "short-form-of-post",
    "The grant was signed by Irakli Datuashvili, First Deputy Minister of Finance of Georgia. First Deputy "
    "Minister Datuashvili thanked the donors.",
    lambda f: (
        posts(f) == {("irakli datuashvili", "first deputy minister of finance")}
        and ("irakli datuashvili", "first deputy minister") in f["honorifics"]
    ),
)
# the head of an international body's country office is titled without the body
probe(
    "country-office-head",
    "UNICEF Representative in Nepal Sara Lindgren and Ana Ruiz, Chief Representative of the Japan "
    "International Cooperation Agency (JICA) office in Nepal, opened the school.",
    lambda f: (
        posts(f) == {("sara lindgren", "representative"), ("ana ruiz", "chief representative")}
        and ("ana ruiz", "JP") in f["countries"]
    ),
)
# "A and her counterpart, B," together are the subject
probe(
    "and-her-counterpart",
    "Trade Minister Eva Lind and her Norwegian counterpart, Minister of Trade Lars Dahl, signed an agreement "
    "in Oslo on Tuesday.",
    lambda f: ("agreement-signing", frozenset({("eva lind", "attendee"), ("lars dahl", "attendee")})) in eng(f),
)

# a visit told as its owner's: "X's three-day visit to Y"
probe(
    "owners-visit",
    "Prime Minister Ana Kovac received Foreign Minister Jonas Berg on Monday. The talks took place during "
    "Berg's three-day visit to Croatia, which began on Sunday.",
    lambda f: (
        ("visit", frozenset({("jonas berg", "visitor"), ("croatia", "host")})) in eng(f)
        and ("visit", "2024-05-05") in dated(f)
    ),
    published="2024-05-07",
)
# a visit "by" its visitor "to" a state
probe(
    "visit-by",
    "Minister of Energy Omar Khalil held talks with Minister of Energy Karim Nasser in Amman on 6 May, "
    "during a working visit by Minister Khalil to Jordan.",
    lambda f: (
        ("visit", frozenset({("omar khalil", "visitor"), ("jordan", "host")})) in eng(f)
        and ("meeting", frozenset({("omar khalil", "visitor"), ("karim nasser", "host")})) in eng(f)
    ),
)
# an earlier or coming visit is not the one told
probe(
    "other-visits",
    "Minister Lena Holm met with Minister Ivo Petrov in Sofia on 6 May. Holm recalled Petrov's previous "
    "visit to Sweden and spoke of the upcoming visit of President Anders Lund to Bulgaria.",
    lambda f: {k for k, _ in eng(f)} == {"meeting"},
)
# the day a visit began, counted back from a later day of it
probe(
    "visit-days-counted",
    "Minister Rui Costa signed an accord with Minister Tomas Silva in Luanda on 8 May, on the third day "
    "of Costa's visit to Angola. Separately, Minister Paula Reis concluded a two-day visit to Maputo on 9 May.",
    lambda f: {("visit", "2024-05-06"), ("visit", "2024-05-08")} <= dated(f),
)
# "A and his counterpart B ... discussed": they met
probe(
    "counterparts-discussed",
    "Minister of Transport Ivan Horvat and his Slovenian counterpart, Minister Marko Zupan, on Tuesday in "
    "Zagreb discussed rail links.",
    lambda f: (
        ("meeting", frozenset({("ivan horvat", "attendee"), ("marko zupan", "attendee")})) in eng(f)
        and ("meeting", "zagreb") in placed(f)
    ),
)
# a visit whose words name no state is to the state where the visitor was received
probe(
    "visit-host-where-met",
    "President Amir Haddad received King Faisal III in Amman on Sunday. The king flew in on a one-day visit.",
    lambda f: ("visit", frozenset({("faisal iii", "visitor"), ("jordan", "host")})) in eng(f),
)
# a description with a demonym is a person serving that state
probe(
    "demonym-description",
    "Ukraine's Minister of Defence Petro Marchenko was received in Warsaw on 6 May by the Minister of "
    "National Defence, Adam Nowicki. The Ukrainian minister came on a one-day working visit.",
    lambda f: ("visit", frozenset({("petro marchenko", "visitor"), ("poland", "host")})) in eng(f),
)
# "Before the signing, the two held talks": the day of the signing
probe(
    "before-the-signing",
    "Minister Elena Ruiz and Minister Hugo Diaz signed a memorandum in Lima on 7 May. Before the signing, "
    "the two ministers held talks on fisheries.",
    lambda f: ("meeting", "2024-05-07") in dated(f),
)
# a meeting "also attended by" someone, not the visit it took place in
probe(
    "attended-meeting-not-visit",
    "Minister Lea Roth met with Minister Pieter Vos in The Hague on 6 May. The meeting took place during "
    "Roth's two-day visit to the Netherlands. It was also attended by Ambassador Karl Weiss.",
    lambda f: (
        ("visit", frozenset({("lea roth", "visitor"), ("netherlands", "host")})) in eng(f)
        and any(k == "meeting" and ("karl weiss", "attendee") in p for k, p in eng(f))
    ),
)

# a visit to a state is not placed in the city of a meeting told before it, nor by the dateline
probe(
    "visit-to-state-unplaced",
    "LIMA, 8 May - Minister Elena Ruiz held talks in Lima on 7 May with Minister Hugo Diaz, who is on an "
    "official visit to Peru.",
    lambda f: ("meeting", "lima") in placed(f) and not any(k == "visit" for k, _ in placed(f)),
)

# honorifics that are neither posts nor ranks: "Sheikh", "Datuk Seri", "Shri"
probe(
    "honorifics-of-address",
    "His Highness the Amir Sheikh Nasser bin Khalid Al Mansoori held a video call with Datuk Seri Lim Wei "
    "Ming and Shri Arun Varma.",
    lambda f: (
        {("nasser bin khalid al mansoori", "sheikh"), ("lim wei ming", "datuk seri"), ("arun varma", "shri")}
        <= set(f["honorifics"])
        and named(f) == {"nasser bin khalid al mansoori", "lim wei ming", "arun varma"}
    ),
)
# where a post's holder serves ("in Kazakhstan") stands between the post and the name
probe(
    "post-in-country-before-name",
    "The grant was signed by the Country Director of the Asian Development Bank in Mongolia, Ms. Hana "
    "Kovacs, and by Minister of Finance Bold Ganbaatar.",
    lambda f: ("hana kovacs", "country director") in posts(f),
)

# aid: "has exceeded" bounds from below; a bare "$" given by Canada is Canadian dollars;
# "provided X with" names the recipient; "mobilized" gives
probe(
    "aid-verbs-and-dollars",
    "Canada will provide $12 million to Jordan for water projects. Japan's aid to Jordan has exceeded 90 "
    "billion yen. Germany provided the Ministry of Health of Jordan with equipment worth EUR 2 million. "
    "The World Bank has mobilized more than $30 million for schools in Jordan.",
    lambda f: (
        {
            ("canada", "jordan", "12000000", "CAD", "exactly"),
            ("japan", "jordan", "90000000000", "JPY", "over"),
            ("germany", "ministry of health", "2000000", "EUR", "exactly"),
            ("world bank", "jordan", "30000000", "USD", "over"),
        }
        <= set(f["aid"])
    ),
)

# an institution's name of words joined by "and" ("Road and Transport Development")
probe(
    "institution-words-joined-by-and",
    "Vice Minister of Road and Transport Development Bold Ganzorig and Minister of Fisheries and Agriculture "
    "Tomas Berg attended.",
    lambda f: (
        posts(f)
        == {
            ("bold ganzorig", "vice minister of road and transport development"),
            ("tomas berg", "minister of fisheries and agriculture"),
        }
    ),
)

# an institution covering a list of fields: "of Investment, Trade and Industry"
probe(
    "institution-fields-listed",
    "Minister of Investment, Trade and Industry Lim Wei Ming met Minister of Health Omar Haddad.",
    lambda f: ("lim wei ming", "minister of investment trade and industry") in posts(f),
)

# "On the day of her arrival", "Following the official part": the day of what it follows
probe(
    "day-of-arrival-and-official-part",
    "Admiral Ruth Kane arrived in Muscat on 4 May. On the day of her arrival, Admiral Kane was received by "
    "Admiral Saif Al-Harthy. President Leila Amari received the credentials of Ambassador Jon Ek on 6 May. "
    "Following the official part, the President held a meeting with Ambassador Ek.",
    lambda f: {("reception", "2024-05-04"), ("meeting", "2024-05-06")} <= dated(f),
)

# notes "exchanged and signed ... by" two people; the ceremony "also attended by A, and by B"
probe(
    "exchanged-and-signed",
    "Notes on the grant were exchanged and signed in Bishkek today by Ambassador Kenji Sato and Deputy "
    "Minister Aida Sultanova. The ceremony was also attended by Colonel Ruslan Abdyrov, and by Mr. Taro Oda.",
    lambda f: (
        ("agreement-signing", "bishkek") in placed(f)
        and any(k == "agreement-signing" and len(p) == 4 for k, p in eng(f))
    ),
)
# "The centre was opened in Tbilisi by X and Y" after it was handed over: the delivery's ceremony
probe(
    "opened-what-was-given",
    "The United Kingdom has today handed over a training centre to the Ministry of Defence of Georgia. It "
    "was funded by the UK. Courses begin in March.\n\nThe centre was opened in Tbilisi by Ambassador Gareth "
    "Ellis and Deputy Minister Levan Beridze.",
    lambda f: (
        ("aid-delivery", frozenset({("gareth ellis", "attendee"), ("levan beridze", "attendee")})) in eng(f)
        and ("aid-delivery", "tbilisi") in placed(f)
    ),
)

# a call on an official: the caller is the guest and the one called on the host; "before meeting X"
probe(
    "called-on-and-before-meeting",
    "Ambassador Ravi Menon called on Minister for Foreign Affairs Mr. Arjun Thapa on 6 May. On 7 May he "
    "visited a hospital in Pokhara before meeting Governor Sita Gurung.",
    lambda f: (
        ("meeting", frozenset({("ravi menon", "visitor"), ("arjun thapa", "host")})) in eng(f)
        and any(k == "meeting" and {a for a, _ in p} == {"ravi menon", "sita gurung"} for k, p in eng(f))
    ),
)
# "at the end of her two-day visit to X", after a relative clause closed by its comma
probe(
    "end-of-visit-after-relative-clause",
    "The UK Minister for Asia, Claire Wexham, today announced new funding for refugees and the communities "
    "that host them, at the end of her two-day visit to Bangladesh.",
    lambda f: ("visit", frozenset({("claire wexham", "visitor"), ("bangladesh", "host")})) in eng(f),
)
# a state named in a compound ("a UK-funded clinic") is no state visited
probe(
    "compound-state-no-host",
    "Minister Claire Wexham arrived in Dhaka on 6 May. On 7 May the Minister visited the camps, where she "
    "saw a UK-funded clinic.",
    lambda f: all(("united kingdom", "host") not in p for _, p in eng(f)),
)
# a press release's heading: the sender's name, then its city on a line of its own
probe(
    "heading-city-dateline",
    "Embassy of India\nKathmandu\n\nPress Release\n\nAmbassador Ravi Menon called on Minister Arjun Thapa on 6 May.",
    lambda f: ("meeting", "kathmandu") in placed(f) and ("embassy", "IN") in f["organizations"],
)

# institutions of ministers, integration, enlargement...; a ministry's spokesman named after a comma;
# a surname in capitals after a title
probe(
    "more-institutions-and-capital-surnames",
    "The First Deputy Chairman of the Cabinet of Ministers, Kanat Temirov, met European Commissioner for "
    "Neighbourhood and Enlargement Anna Kovacs. The foreign ministry spokesman, Omar Nasser, said so. "
    "Ambassador of Japan Mr. TANAKA Hiroshi attended.",
    lambda f: (
        named(f) == {"kanat temirov", "anna kovacs", "omar nasser", "tanaka hiroshi"}
        and ("kanat temirov", "first deputy chairman of cabinet of ministers") in posts(f)
    ),
)

# aid: currencies of South Asia and beyond; an announcer gives; a state's own budget is no aid
probe(
    "aid-currencies-announcers-budgets",
    "Indian Ambassador Ravi Menon handed over ambulances worth NRs 187 million to Nepal. The UK Minister for Asia, "
    "Claire Wexham, today announced £12 million in new funding for Bangladesh. Kyrgyzstan has allocated "
    "2.4 million soms from the state budget. Japan will give Bangladesh 1.5 billion taka.",
    lambda f: {a[2:4] for a in f["aid"]} == {("187000000", "NPR"), ("12000000", "GBP"), ("1500000000", "BDT")},
)

# signings told in many ways: a participle "signed in Amman today by"; "at the ministry by";
# "in Ha Noi by" a post's holder after a comma; "signed this Tuesday the Framework"; the
# signing "witnessed" by the two ministers; "the co-chairs signed"
probe(
    "signings-as-told",
    "The EU will provide EUR 40 million under an agreement signed in Amman today by Commissioner Anna Kovacs "
    "and Minister Zeina Haddad. The notes were signed at the ministry by the director of the Institute for "
    "Roads, Omar Nasser, and Ambassador Kenji Sato. Secretary Lucia Ruiz and Secretary Pedro Lam signed this "
    "Tuesday the Country Partnership Framework. The two ministers witnessed the signing of a protocol by "
    "General Tran An and Mr. Park Ho.",
    lambda f: (
        sum(1 for k, _ in eng(f) if k == "agreement-signing") == 4
        and any(k == "agreement-signing" and ("omar nasser", "attendee") in p for k, p in eng(f))
    ),
)

# a remit of several places ("for Russia, Ukraine and Eurasia") keeps the name after it; "held talks
# yesterday at the Palace with"
probe(
    "remit-of-places-and-talks-yesterday-at",
    "Minister Levan Kiknadze hosted the Deputy Assistant Secretary for Russia, Ukraine and Eurasia, Dr. "
    "Ellen Pratt, on 6 May. Minister Ricardo Valdes held talks yesterday at the Torre Tagle Palace with "
    "Minister Maria Undurraga.",
    lambda f: (
        {
            ("reception", frozenset({("levan kiknadze", "host"), ("ellen pratt", "visitor")})),
            ("meeting", frozenset({("ricardo valdes", "attendee"), ("maria undurraga", "attendee")})),
        }
        <= eng(f)
    ),
)

# names as South and Southeast Asian releases write them: initials "A.S.M.", "Md." for Mohammad,
# a surname after a title that is elsewhere a word ("Do")
probe(
    "initials-abbreviations-and-titled-surnames",
    "Foreign Minister Dr. A.K.M. Rahman met the Commissioner, Md. Karim Hossain, and Deputy Minister Do "
    "Van Hung in Dhaka on 6 May.",
    lambda f: named(f) == {"a.k.m. rahman", "md. karim hossain", "do van hung"},
)

# "the American official" is the American named before; "the official" alone is no one
probe(
    "demonym-official",
    "Defence Minister Tran Van Long held talks with U.S. Secretary of Defense Mark Olsen in Hanoi on 7 May, "
    "during the American official's visit to Vietnam. The official also met students.",
    lambda f: ("visit", frozenset({("mark olsen", "visitor"), ("vietnam", "host")})) in eng(f),
)

# a delegation's visit: "the guests were met at the General Staff of the Army by X" on its first
# day; "met with the delegation" is a meeting with its visitors; "witnessed the ceremony"
probe(
    "guests-met-and-delegation",
    "A delegation led by General Emre Aslan arrived in Baku on 6 May on an official visit to Azerbaijan. On "
    "the first day of the visit, the guests were met at the General Staff of the Azerbaijan Army by Colonel "
    "General Namig Aliyev. On 7 May, Minister of Defense Ilgar Mammadov met with the delegation. Colonel Wu "
    "Tao witnessed the ceremony.",
    lambda f: (
        {
            ("meeting", frozenset({("emre aslan", "visitor"), ("namig aliyev", "host")})),
            ("meeting", frozenset({("emre aslan", "visitor"), ("ilgar mammadov", "host")})),
        }
        <= eng(f)
        and {("meeting", "2024-05-06"), ("meeting", "2024-05-07")} <= dated(f)
    ),
)

# a release's dateline on a short line below its sender, number and headline
probe(
    "dateline-below-headline",
    "Ministry of Foreign Affairs of Peru\nPress Release No. 112-24\n\nPeru and Chile agree on migration\n\n"
    "Lima, 10 May 2024\n\nMinister Ricardo Valdes held talks yesterday with Minister Maria Undurraga.",
    lambda f: ("meeting", "lima") in placed(f) and ("meeting", "2024-05-09") in dated(f),
)

# a capital as the subject of a verb speaks for its state; a capital where something happens does not
probe(
    "capital-speaks-for-state",
    "Dr. Ellen Pratt said Washington would allocate $35 million to Georgia this year. Talks in Tokyo will "
    "continue. Tokyo has pledged 5 billion yen to Vietnam.",
    lambda f: (
        set(f["aid"])
        == {
            ("united states", "georgia", "35000000", "USD", "exactly"),
            ("japan", "vietnam", "5000000000", "JPY", "exactly"),
        }
    ),
)

# one more unknown word closing an institution's name before the comma and its holder's name
probe(
    "institution-closing-word",
    "Minister Elena Ruiz met the Director General of Migration and Border Surveillance, Khalid Bennani, "
    "in Rabat on 6 May.",
    lambda f: named(f) == {"elena ruiz", "khalid bennani"},
)

# a delivery told by institutions, then by the people who handed it over at a ceremony ("was
# handed over at the hub in Kabul by A to B"), and those who "also attended"; an agency "under"
# a ministry
probe(
    "delivery-by-people",
    "The EU has handed over equipment worth EUR 2 million to the State Customs Committee. At a ceremony in "
    "Tashkent, the equipment was handed over at the Committee's depot by Ambassador Karin Lind to Deputy "
    "Minister Akmal Rashidov. Director Ilona Mets and the Head of the Drug Control Agency under the Ministry of "
    "Internal Affairs, Colonel Shavkat Ergashev, also attended.",
    lambda f: (
        (
            "aid-delivery",
            frozenset(
                {
                    ("karin lind", "attendee"),
                    ("akmal rashidov", "attendee"),
                    ("ilona mets", "attendee"),
                    ("shavkat ergashev", "attendee"),
                }
            ),
        )
        in eng(f)
    ),
)

# a tour of two states is a visit to each; "received in audience"; "X, currently visiting Oman";
# "the visiting admiral"; an all-capital headline's words after a title are no surname
probe(
    "tours-audiences-and-visiting",
    "AIR CHIEF VISITS NIGERIA\n\nMinister Rohan Bhatnagar is on an official tour of Malawi and Zambia from 10 "
    "to 14 June. Sayyid Talal Al Said received in audience at his office in Bait Al Falaj today Admiral Nadeem "
    "Khokhar, currently visiting Oman. Earlier today, the visiting admiral was received at the naval "
    "headquarters in Muscat by Rear Admiral Saif Al Rahbi.",
    lambda f: (
        {
            ("visit", frozenset({("rohan bhatnagar", "visitor"), ("malawi", "host")})),
            ("visit", frozenset({("rohan bhatnagar", "visitor"), ("zambia", "host")})),
            ("visit", frozenset({("nadeem khokhar", "visitor"), ("oman", "host")})),
            ("reception", frozenset({("nadeem khokhar", "visitor"), ("talal al said", "host")})),
            ("reception", frozenset({("nadeem khokhar", "visitor"), ("saif al rahbi", "host")})),
        }
        <= eng(f)
        and ("talal al said", "sayyid") in f["honorifics"]
        and "visits" not in {n for (n,) in f["people"]}
    ),
    published="2024-06-14",
)

# the demonyms of every sovereign state: "the Beninese minister" is Benin's, not the host named after
probe(
    "demonyms-everywhere",
    "Benin's Minister of State Romuald Dossou arrived on Sunday. Minister of Finance Dr. Yousef Al-Mutawa "
    "received the Beninese minister at the Ministry of Finance on Monday.",
    lambda f: ("reception", frozenset({("yousef al-mutawa", "host"), ("romuald dossou", "visitor")})) in eng(f),
)

# "KUWAIT, Nov 21" is filed from Kuwait City; a visitor who "arrived here" visits the dateline's state
probe(
    "arrived-here-capital-dateline",
    "KUWAIT, Nov 21 (KUNA) -- Benin's Minister of State Romuald Dossou, who arrived here on Sunday, met "
    "Minister Yousef Al-Mutawa on Tuesday.",
    lambda f: (
        ("visit", frozenset({("romuald dossou", "visitor"), ("kuwait", "host")})) in eng(f)
        and ("meeting", "kuwait city") in placed(f)
    ),
    published="2024-11-21",
)

# "this Tuesday" on a Tuesday is that day; a day told in an aside about a person is the aside's
probe(
    "this-weekday-and-who-asides",
    "Guatemala City, 22 August 2023. Secretary Lucia Ruiz and Secretary Pedro Lam signed this Tuesday the "
    "Partnership Framework, under which Spain will provide EUR 75 million. The notes were signed by Minister "
    "Omar Haddad and Minister Romuald Dossou, who arrived here on Sunday.",
    lambda f: {("agreement-signing", "2023-08-22")} == {d for d in dated(f) if d[0] == "agreement-signing"},
    published="2023-08-22",
)

# amounts as South Asian, Gulf, Pacific and African releases write them, and in headline case
probe(
    "amounts-written-regionally",
    "India will provide a grant of Rs 50 crore to Malawi. New Zealand will provide NZ$12.5 million to Fiji. "
    "Kuwait will provide a KD 10 million loan to Benin. Vietnam will give Laos 25 billion dong. Japan "
    "Provides $2.5 Million to Fight Tuberculosis in Uzbekistan.",
    lambda f: (
        {a[2:4] for a in f["aid"]}
        == {("500000000", "INR"), ("12500000", "NZD"), ("10000000", "KWD"), ("25000000000", "VND"), ("2500000", "USD")}
    ),
)

# High Commissioners; governors and premiers of provinces and cantons
probe(
    "high-commissioners-and-provinces",
    "High Commissioner of India to Malawi Smt. Kavita Rao met the Governor of Cabo Delgado Province, Abdul "
    "Tauacale, and the Prime Minister of Tuzla Canton, Edin Mujic.",
    lambda f: (
        {
            ("kavita rao", "high commissioner"),
            ("abdul tauacale", "governor of cabo delgado province"),
            ("edin mujic", "prime minister of tuzla canton"),
        }
        <= posts(f)
    ),
)

# "wrapped up a three-day visit"; "received in audience at the Palace of the Nation X"; "the two"
# with a verb are the parties
probe(
    "wrapped-up-palace-of-the-nation-the-two",
    "Deputy Prime Minister Helena Marsh wrapped up a three-day visit to Fiji yesterday. President Sharif "
    "Davlat received in audience at the Palace of the Nation the Chief Executive Officer of the Saudi Fund, "
    "Mr. Khalid Al-Fuhaid, on 13 October. Minister Peter Owino met General James Hale on 13 October; the two "
    "discussed security and signed an implementation arrangement.",
    lambda f: {("visit", "2023-10-11"), ("reception", "2023-10-13"), ("agreement-signing", "2023-10-13")} <= dated(f),
    published="2023-10-14",
)

# "X then handed over ...": on the day of what was told before
probe(
    "then-same-day",
    "Minister Khamphet Sisoulath received yesterday in Vientiane General Tran Quoc Binh. General Tran Quoc "
    "Binh then handed over vehicles worth 25 billion dong to Minister Khamphet Sisoulath.",
    lambda f: ("aid-delivery", "2023-09-06") in dated(f),
    published="2023-09-07",
)

# states that "exchanged notes" on a day, then the people who signed them: one signing, that day
probe(
    "exchanged-notes",
    "HA NOI, Nov. 9 (VNA) - Viet Nam and Japan on Thursday exchanged notes on a loan. The notes were signed "
    "in Ha Noi by Deputy Minister Do Thi Mai Lan and Ambassador Okabe Tetsuya.",
    lambda f: (
        (
            "agreement-signing",
            frozenset({("do thi mai lan", "attendee"), ("okabe tetsuya", "attendee")}),
        )
        in eng(f)
        and ("agreement-signing", "2023-11-09") in dated(f)
    ),
    published="2023-11-09",
)

# a dash inside a subject's styles ("Founder of Peace and National Unity – Leader of the Nation")
# is no dateline's
probe(
    "dash-in-styles-not-dateline",
    "Today, the Founder of Peace and National Unity – Leader of the Nation, President of the Republic of "
    "Tajikistan Rustam Nazar received in audience at the Palace of the Nation the Chief Executive Officer "
    "of the Saudi Fund for Development, Mr. Khalid Al-Fuhaid.",
    lambda f: ("reception", frozenset({("rustam nazar", "host"), ("khalid al-fuhaid", "visitor")})) in eng(f),
)

# "On Tuesday ... signed an agreement under which the Swiss side will provide": a past Tuesday
probe(
    "past-weekday-before-future-relative",
    "On Tuesday, in Tuzla, Director Anna Keller and Prime Minister Edin Mujic signed an agreement under "
    "which the Swiss side will provide CHF 6.5 million.",
    lambda f: ("agreement-signing", "2023-09-26") in dated(f),
    published="2023-09-28",
)

# "held a video conference yesterday afternoon with"; "signed in Dakar an exchange of notes";
# "The documents were signed by"; "the Vice-Minister" as a description
probe(
    "video-conference-signed-in-vice-minister",
    "Minister Sok Phal held a video conference yesterday afternoon with his Thai counterpart, Minister Pichet "
    "Suwan. Senegal and Japan on Wednesday signed in Dakar an exchange of notes. The documents were signed by "
    "Minister Mamadou Faye and Ambassador Kenji Mori. Vice-Minister Arunas Vilk arrived in Tbilisi on 24 "
    "October. On 24 October the Vice-Minister held political consultations with First Deputy Minister Levan "
    "Kharab.",
    lambda f: (
        {
            ("phone-call", frozenset({("sok phal", "attendee"), ("pichet suwan", "attendee")})),
            ("agreement-signing", frozenset({("mamadou faye", "attendee"), ("kenji mori", "attendee")})),
            ("meeting", frozenset({("arunas vilk", "visitor"), ("levan kharab", "host")})),
        }
        <= eng(f)
    ),
    published="2023-10-26",
)

# a ministry's unknown word before institution words ("External Affairs") is part of the post
probe(
    "minister-of-external-affairs",
    "Minister of State for External Affairs Shri Arvind Menon met President Joao Tembe in Maputo.",
    lambda f: ("arvind menon", "minister of state for external affairs") in posts(f),
)
# an acronym of a post stands for the person named with it before ("MoS", "the COAS", "Deputy PM")
probe(
    "post-acronyms",
    "Minister of State for External Affairs Arvind Menon is visiting Ghana. On Tuesday MoS called on Vice "
    "President Kofi Mensah. Chief of Army Staff (COAS) General Tariq Aziz received Admiral Li Wen on Monday. "
    "The COAS thanked China for its support. Deputy Prime Minister Anh Tuan arrived in Hanoi. On Friday, "
    "President Pedro Ruiz received Deputy PM Tuan.",
    lambda f: (
        {
            ("meeting", frozenset({("arvind menon", "visitor"), ("kofi mensah", "host")})),
            ("reception", frozenset({("pedro ruiz", "host"), ("anh tuan", "visitor")})),
        }
        <= eng(f)
        and any(a == "thanked" and x == frozenset({"tariq aziz"}) for a, x, _ in st(f))
    ),
)

# a thing received is no reception; a pronoun received is one
probe(
    "thing-received",
    "The Ambassador of Japan, Kenji Sato, handed over two ambulances to the Ministry of Health on Monday. The "
    "vehicles were received at the airport by Health Minister Anna Berg, in the presence of Ambassador Ivan "
    "Petrov. On Tuesday he was received by President Otto Lind.",
    lambda f: (
        [(k, p) for k, p in eng(f) if k == "reception"]
        == [("reception", frozenset({("kenji sato", "visitor"), ("otto lind", "host")}))]
    ),
)

# a post "of" a name the lexicon lacks, set off by a comma before its holder
probe(
    "post-of-unknown-name",
    "On Monday, Ambassador Rosa Kell met the Governor of Tawera, Samuel Opai, in Kavieng.",
    lambda f: (
        ("samuel opai", "governor of tawera") in posts(f)
        and ("meeting", frozenset({("rosa kell", "attendee"), ("samuel opai", "attendee")})) in eng(f)
    ),
)

# a meal hosted for a guest is a reception of the guest
probe(
    "lunch-for",
    "Foreign Minister Elena Voss gave a working lunch on Tuesday at the Blue Palace for the Minister of Trade of "
    "Peru, Jorge Salas.",
    lambda f: ("reception", frozenset({("elena voss", "host"), ("jorge salas", "visitor")})) in eng(f),
)
# "conferred with" is a meeting; "they" after ", where" is the clause's new subject, those
# told of before it in the sentence's words (not of the meeting told after them)
probe(
    "where-they-conferred",
    "Foreign Minister Elena Voss met Minister Jorge Salas. Later the two ministers travelled to Arequipa, in the "
    "Sur province, where they conferred with the Director of the Customs Service, Ana Quispe.",
    lambda f: any(
        k == "meeting" and {a for a, _ in p} == {"elena voss", "jorge salas", "ana quispe"} for k, p in eng(f)
    ),
)

# a commission's session co-chaired by two ministers is their meeting
probe(
    "co-chaired",
    "Trade Minister Lina Haddad said the target was set at the third session of the Joint Commission, which she "
    "co-chaired with Estonian Economy Minister Karl Tamm in Amman on Monday.",
    lambda f: (
        ("meeting", frozenset({("lina haddad", "attendee"), ("karl tamm", "attendee")})) in eng(f)
        and ("meeting", "2024-05-06") in dated(f)
    ),
)
# the sum of what is signed may stand before it ("signed a KD 10 million loan agreement")
probe(
    "signed-sum-agreement",
    "The Fund's Director-General, Omar Nasser, signed on Tuesday a KD 12 million loan agreement with Finance "
    "Minister Awa Diallo.",
    lambda f: ("agreement-signing", "2024-05-07") in dated(f),
)

# a diplomat's mission is where the post is held, not part of its title
probe(
    "mission-staff",
    "The Defence Attaché of the Korean Embassy, Colonel Park Min-jun, and the Chargé d'Affaires a.i. of the "
    "Embassy of Chile, Mr. Diego Rojas, attended the ceremony.",
    lambda f: {("park min-jun", "defence attache"), ("diego rojas", "charge d'affaires a i")} <= posts(f),
)

# the Malay honorific written with its apostrophe ("Dato'")
probe(
    "dato-apostrophe",
    "Malaysia's Ambassador to Peru, Dato' Siti Aminah Yusof, attended the talks.",
    lambda f: named(f) == {"siti aminah yusof"} and ("siti aminah yusof", "ambassador") in posts(f),
)

# a part of a visit the words do not place is where the part before it was
probe(
    "placed-as-before",
    "Vice-Minister Jonas Petras paid a working visit to Georgia on 6 May. He held consultations in Tbilisi with "
    "First Deputy Minister Levan Gelashvili. The same day, Mr. Petras was received by the Speaker of "
    "Parliament, Nino Abashidze.",
    lambda f: ("reception", "tbilisi") in placed(f),
)

# a mission's name on a heading line ends with the city its releases are written in
probe(
    "mission-heading",
    "Dutch Embassy Windhoek\n6 May 2024\n\nToday Ambassador Pieter de Vries met with Deputy Minister of Health "
    "Anna Shikongo at the Ministry.",
    lambda f: ("meeting", "windhoek") in placed(f),
)

# the dateline's city places no visit to a state
probe(
    "dateline-no-visit-city",
    "DOHA, May 6 (QNA) - The Minister of State for Defence, Khalid Al Attiyah, received today General Lars "
    "Berg, Chief of Defence of Sweden, currently visiting the State of Qatar.",
    lambda f: ("reception", "doha") in placed(f) and not any(k == "visit" for k, _ in placed(f)),
)

# "The handover ceremony took place in X on D" dates and places the handover told before it
probe(
    "held-after",
    "Japan has handed over medical equipment to the Khatlon Regional Hospital. The equipment includes scanners. "
    "The handover ceremony took place in Bokhtar on 7 May.",
    lambda f: ("aid-delivery", "2024-05-07") in dated(f),
)
# "A ceremony to hand over X was held here yesterday" dates the handover told after it
probe(
    "held-before",
    "A ceremony to hand over fire engines donated by China to the Emergencies Committee was held in Dushanbe "
    "yesterday. The equipment was handed over by Ambassador Zhao Ming to General Rustam Nazarov.",
    lambda f: ("aid-delivery", "2024-05-09") in dated(f),
)
# "at the end of her two-day visit" today: the visit began the day before
probe(
    "end-of-visit",
    "Minister Clara Webb met President Ali Hassan in Dhaka today, at the end of her two-day visit to Bangladesh.",
    lambda f: ("visit", "2024-05-09") in dated(f),
)

# a day written out between "signed" and what is signed
probe(
    "signed-on-day",
    "Ambassador Kenji Sato and Minister of Health Jamila Karimova signed on 7 May in Dushanbe a grant agreement "
    "for the rehabilitation of hospitals.",
    lambda f: ("agreement-signing", "2024-05-07") in dated(f) and ("agreement-signing", "dushanbe") in placed(f),
)

# a town the curated gazetteer lacks is read where a place is expected, not as a person's name
probe(
    "towns-where-expected",
    "On Monday, Ambassador Jane Cole travelled to Nanyuki, where she met Governor Peter Ole Santos. Mr. Santos "
    "thanked the Ambassador.",
    lambda f: ("meeting", "nanyuki") in placed(f) and "peter ole santos" in named(f),
)

# a province however written ("the Sughd region", "Batken Region") and a city are a post's own
probe(
    "regional-posts",
    "Ambassador Jane Cole met the Governor of the Sughd region, Rajab Ahmadov. She later met the Mayor of "
    "Dushanbe Rustam Sharifov.",
    lambda f: {("rajab ahmadov", "governor of sughd region"), ("rustam sharifov", "mayor of dushanbe")} <= posts(f),
)
# aid: a currency word may be capitalised ("40 million Euro") or a bare "rupees"; "his country has
# provided" is the speaker's state giving, not the mission he heads
probe(
    "his-country-euro-rupees",
    "The Ambassador of Portugal to Kenya, Rui Costa, met the Minister of Health of Kenya, Mary Wanjiru. The "
    "Ambassador noted that his country has provided more than 40 million Euro to Kenya since 2010. India will "
    "provide medicines worth 25 million rupees to Kenya.",
    lambda f: (
        {(d, r, c, q) for d, r, _, c, q in f["aid"]}
        == {("portugal", "kenya", "EUR", "over"), ("india", "kenya", "INR", "exactly")}
    ),
)

# aid: a number may be written as a word before its scale ("two billion yen")
probe(
    "number-words",
    "Japan has extended about one trillion yen in development assistance to Viet Nam.",
    lambda f: set(f["aid"]) == {("japan", "vietnam", "1000000000000", "JPY", "about")},
)

# aid: sentences right after aid on the thing given ("It was ...", "The vehicles were ...") may name its giver
probe(
    "giver-named-after",
    "The Ambassador of Korea to Laos, Kim Min-su, handed over twenty tractors worth $300,000 to the Ministry of "
    "Agriculture of Laos. The consignment also includes seed drills. It was funded by the Asian Development Bank.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("asian development bank", "ministry of agriculture")},
)

# organizations: a bare head ("Academy", "Government") names nothing alone and keeps "of ..." in its name
probe(
    "bare-head-of",
    "Norway will provide equipment worth $2 million to the Academy of the Border Service of Moldova.",
    lambda f: {r for _, r, *_ in f["aid"]} == {"academy of border service"},
)

# organizations: an acronym introduced in brackets after a name stands for it when written later on its own
probe(
    "acronym-introduced",
    "The Director of the Danish Agency for Rural Development (DARD), Luis Soto, arrived in Lima on Monday. Pumps "
    "worth $400,000, funded by the DARD, were handed over to the Ministry of Agriculture of Peru.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("agency for rural development", "ministry of agriculture")},
)

# organizations: words a hyphen joins are one word of a name, and a demonym in them names no state the
# body belongs to ("Inter-American", "Peru-Chile Joint Commission")
probe(
    "hyphened-name",
    "The Ecuador-Colombia Joint Commission met in Quito. The Inter-American Investment Fund will provide $5 "
    "million to Ecuador.",
    lambda f: (
        {("joint commission", ""), ("inter investment fund", "")} <= f["organizations"]
        and {d for d, *_ in f["aid"]} == {"inter investment fund"}
    ),
)

# "X, the Foreign Minister of Chile, Y, ...": a post between two names set off by commas is the second's
probe(
    "post-between-names",
    "At the invitation of Foreign Minister Ana Lutz, the Foreign Minister of Chile, Alberto van Klaveren, is "
    "paying an official visit to Austria.",
    lambda f: ("visit", frozenset({("alberto van klaveren", "visitor"), ("austria", "host")})) in eng(f),
)

# where and when between "received" and the guest ("received in Baku on May 8 a delegation headed by X")
probe(
    "received-where-when-guest",
    "President Ilham Aliyev received in Baku on May 8 a delegation headed by the Chairman of the Senate of "
    "Pakistan, Yousuf Raza Gilani. President Aliyev also received on 9 May 2024 Ambassador Lena Park.",
    lambda f: (
        {
            ("reception", frozenset({("ilham aliyev", "host"), ("yousuf raza gilani", "visitor")})),
            ("reception", frozenset({("ilham aliyev", "host"), ("lena park", "visitor")})),
        }
        <= eng(f)
    ),
)

# a local government's word before a post's head is the title's ("Resident District Commissioner")
probe(
    "district-commissioner",
    "Ambassador Kenji Sato paid a courtesy call on the Resident District Commissioner, Ms. Jane Akello, and met "
    "Provincial Governor Paul Lubega.",
    lambda f: (
        ("meeting", frozenset({("kenji sato", "visitor"), ("jane akello", "host")})) in eng(f)
        and ("meeting", frozenset({("kenji sato", "attendee"), ("paul lubega", "attendee")})) in eng(f)
    ),
)

# after a visit abroad to a city is told, what no words place took place there, not at the dateline
probe(
    "abroad-not-dateline",
    "Navy ship visits Port Louis\n\nISLAMABAD, May 9: The Pakistan Navy Ship SAIF arrived at Port Louis, "
    "Mauritius, on a goodwill visit on Tuesday. The Mission Commander, Commodore Ali Raza, called on the Prime "
    "Minister, Pravind Jugnauth, on Wednesday.",
    lambda f: ("meeting", "port louis") in placed(f),
)

# what no words date took place the day of the engagement told before it in its paragraph
probe(
    "dated-as-before",
    "Deputy Secretary General Elin Dahl travelled to Georgia on Monday for talks in Tbilisi. Ms Dahl held "
    "separate meetings with Prime Minister Davit Kobakhidze and with Defence Minister Irakli Chikovani.\n\n"
    "She also met President Salome Zurabishvili.",
    lambda f: ("meeting", "2024-05-06") in dated(f) and len([d for k, d in dated(f) if k == "meeting"]) == 1,
)

# "held talks before the signing ceremony": the day of the signing told before; "then" in a new
# paragraph: the day of the last event told
probe(
    "before-the-signing-then",
    "ADDIS ABABA, May 8 - Field Marshal Birhanu Jula and General Charles Kahariri signed a memorandum of "
    "understanding on military cooperation here today.\n\nThe two chiefs held talks before the signing "
    "ceremony.\n\nLjubljana - President Zuzana Caputova was welcomed by President Natasa Pirc Musar on "
    "Tuesday.\n\nThe two presidents then held a tete-a-tete meeting.",
    lambda f: ("meeting", "2024-05-08") in dated(f) and ("meeting", "2024-05-07") in dated(f),
    published="2024-05-08",
)

# Kenya's "Cabinet Secretary" heads a ministry; "Samdech" is a Khmer honorific
probe(
    "cabinet-secretary-samdech",
    "Ambassador John Doe met Defence Cabinet Secretary Hon. Soipan Tuya and the Prime Minister of Cambodia, "
    "Samdech Hun Manet.",
    lambda f: {("soipan tuya", "defence cabinet secretary"), ("hun manet", "prime minister")} <= posts(f),
)

# a ministry of several portfolios however named; letters after a name ("T.D."), "(Rtd)" after a
# rank, "Hon" without its period and "Judge" before a name
probe(
    "portfolios-post-nominals-retired",
    "Minister of State for International Development and Diaspora, Ciara Walsh T.D., met the Minister for "
    "Energy, Water Resources and Irrigation Ram Bahadur Thapa, Gen. (Rtd) Samuel Okello, Hon Mere Tane and "
    "Judge Walid Haddad.",
    lambda f: (
        named(f) == {"ciara walsh", "ram bahadur thapa", "samuel okello", "mere tane", "walid haddad"}
        and ("ram bahadur thapa", "minister for energy water resources and irrigation") in posts(f)
        and ("mere tane", "honorable") in f["ranks"]
    ),
)

# "negotiations were held at the Ministry between X and Y" is their meeting; a call has no city
probe(
    "negotiations-held-between",
    "On 7 May 2024, negotiations were held at the Ministry of Foreign Affairs between Foreign Minister Rashid "
    "Meredov and Foreign Minister Bakhtiyor Saidov. On 6 May, Minister Meredov held a telephone conversation "
    "with Minister Ali Khan on the commission to be held in Tashkent.",
    lambda f: (
        ("meeting", frozenset({("rashid meredov", "attendee"), ("bakhtiyor saidov", "attendee")})) in eng(f)
        and ("meeting", "2024-05-07") in dated(f)
        and not any(k == "phone-call" for k, _ in placed(f))
    ),
)

# "The meeting, held here on Monday, ... was co-chaired by A and B"; "was later received by"; a
# meeting that "will be held in" a city dates nothing
probe(
    "co-chaired-by-later-received",
    "KATHMANDU - The sixth meeting of the Joint Steering Committee was held here on Monday. The meeting was "
    "co-chaired by Energy Secretary Ram Acharya and Senior Secretary Nurul Sarker. State Minister Tanvir "
    "Siddiqui was later received by Prime Minister Narayan Adhikari. The next meeting will be held in Dhaka "
    "on Friday.",
    lambda f: (
        {("meeting", "2024-05-06")} <= dated(f)
        and ("meeting", frozenset({("ram acharya", "attendee"), ("nurul sarker", "attendee")})) in eng(f)
        and ("reception", frozenset({("tanvir siddiqui", "visitor"), ("narayan adhikari", "host")})) in eng(f)
        and ("meeting", "dhaka") not in placed(f)
    ),
)

# "an arrangement that A and B signed in Freetown on Tuesday,": a signing with what was signed
# told before; "was received the same evening by"; a visit told in an aside is dated in it alone
probe(
    "signed-after-object-same-evening",
    "Minister Ciara Walsh arrived in Freetown on Monday and was received the same evening by Vice-President "
    "Mohamed Turay. The funding is set out in an arrangement that Minister Walsh and Minister Fatmata Sesay "
    "signed in Freetown on Tuesday. The plan was signed yesterday by Minister Walsh and Ms. Anjali Dhar, who is "
    "on a five-day visit to the country.",
    lambda f: (
        {("reception", "2024-05-06"), ("agreement-signing", "2024-05-07")} <= dated(f)
        and ("visit", "2024-05-09") not in dated(f)
    ),
)

# "St." opens a saint's name in an institution's ("the St. James Police Division")
probe(
    "saint-name",
    "Ms. Anjali Dhar met Minister Ali Khan. On Monday, she handed over three vehicles to the St. James Police "
    "Division.",
    lambda f: (
        ("aid-delivery", frozenset({("anjali dhar", "attendee"), ("st james police division", "attendee")})) in eng(f)
    ),
)

# "inaugurated a pumping station": an opening ceremony; "Eng." is no sentence's end; "received at
# the Grand Serail today the Minister"
probe(
    "inaugurated-eng-grand-serail",
    "Prime Minister Fouad Haddad received at the Grand Serail today the Minister of Interior of Cyprus, Marios "
    "Efstathiou. On Saturday, Mr. Marco Ferrante and Eng. Abdulsalam Baawad inaugurated a solar water station.",
    lambda f: (
        {
            ("reception", frozenset({("fouad haddad", "host"), ("marios efstathiou", "visitor")})),
            ("ceremony", frozenset({("marco ferrante", "attendee"), ("abdulsalam baawad", "attendee")})),
        }
        <= eng(f)
    ),
)

# the state a visit is to: one named near its words, else its city's, not one named later in the
# sentence ("arrived in Beirut ..., the readmission of nationals who arrive in Cyprus")
probe(
    "host-near-trigger",
    "The Cypriot minister Marios Efstathiou, who arrived in Beirut on Tuesday, held talks on the readmission "
    "of nationals who arrive in Cyprus irregularly with the Minister of Interior and Municipalities, Walid Nader.",
    lambda f: (
        ("visit", frozenset({("marios efstathiou", "visitor"), ("lebanon", "host")})) in eng(f)
        and "municipalities" not in named(f)
    ),
)
# aid: "support" is the genre's vaguest word for aid ("Norway's total support ... to $N", "a $N programme
# of UK support"), read as giving where no other word of giving is; "to support" is a purpose
probe(
    "support-as-aid",
    "The announcement raises Norway's total support to Kenya's refugee response to more than $40 million since 2019. "
    "The new clinic is part of a £3 million programme of UK support to Uganda's health system.",
    lambda f: (
        {(d, r, c, q) for d, r, _, c, q in f["aid"]}
        == {("norway", "kenya", "USD", "over"), ("united kingdom", "uganda", "GBP", "exactly")}
    ),
)

# aid: a sentence opening on the thing given ("The aid, worth $N, ...") tells the worth of the gift the
# sentence before handed over: its giver and its receiver (a person receives for their institution)
probe(
    "worth-after-handover",
    "The Ambassador of Korea to Laos, Kim Min-su, handed over rice and blankets donated by Korea to the Director "
    "of the National Disaster Management Office of Laos, Ms. Vanna Phomma. The aid, worth $250,000, includes 500 "
    "tonnes of rice.",
    lambda f: set(f["aid"]) == {("south korea", "national disaster management office", "250000", "USD", "exactly")},
)

# aid: a cheque presented and a fund's total lending are money given
probe(
    "cheque-and-lending",
    "Ambassador of Qatar to Fiji Ali Hamad presented a cheque of US$150,000 from the Government of Qatar for "
    "families hit by the floods in Fiji. The new agreement brings the OPEC Fund's total lending to Fiji to about "
    "$80 million.",
    lambda f: (
        set(f["aid"])
        == {("government", "fiji", "150000", "USD", "exactly"), ("opec fund", "fiji", "80000000", "USD", "about")}
    ),
)

# aid: an amount naming no recipient goes to the institution its sentence names last before it ("opened a
# ward at X, built with a $N grant from Y", "X is supported by Y, which provided $N"), not the report's main state
probe(
    "institution-before-amount",
    "The Minister of Health of Samoa, Dr. Tala Fono, opened a new children's ward at the Moto'otua National "
    "Hospital, built with a $2 million grant from Australia. The clinics of the World Health Organization in Samoa "
    "are also supported by Japan, which provided $500,000 for vaccines.",
    lambda f: (
        {(d, r) for d, r, *_ in f["aid"]}
        == {("australia", "moto'otua national hospital"), ("japan", "world health organization")}
    ),
)

# aid: an amount something was paid "with", its giver named after it ("built with €N from X"), is given
probe(
    "paid-with-from",
    "The Prime Minister of Moldova visited Cahul on Monday. In Cahul, he opened a new fire station, built with "
    "€900,000 from Romania.",
    lambda f: set(f["aid"]) == {("romania", "moldova", "900000", "EUR", "exactly")},
)

# aid: a minister announcing a grant gives for the state they serve, not for their ministry
probe(
    "minister-gives-for-state",
    "The Minister of Foreign Affairs of Norway, Kari Lund, visited Nairobi on Monday. Minister Lund announced a "
    "grant of $3 million to the Kenya Red Cross Society.",
    lambda f: {d for d, *_ in f["aid"]} == {"norway"},
)

# one person may open a facility alone; "a one-day visit" concluded today began today
probe(
    "opened-alone-one-day",
    "Minister Tessa Harwood concluded a one-day visit to Samoa today. Earlier today, Ms Harwood opened a "
    "solar-powered desalination unit at the national hospital.",
    lambda f: {("visit", "2024-05-10"), ("ceremony", "2024-05-10")} <= dated(f),
)

# a portfolio list may end in "and Regional Integration" (a modifier with no post after it); an
# "addendum" is signed; a city in an aside places only the aside
probe(
    "portfolio-regional-addendum",
    "Praia, 27 Feb 2024 - Minister Claude Weyland and the Minister of Foreign Affairs, Cooperation and Regional "
    "Integration, Filomena Delgado, today signed in Praia an addendum to the programme. Mr. Weyland, who began his "
    "visit on Sunday in Mindelo, was received yesterday by Prime Minister Jorge Tavares.",
    lambda f: (
        ("agreement-signing", frozenset({("claude weyland", "attendee"), ("filomena delgado", "attendee")})) in eng(f)
        and ("reception", "mindelo") not in placed(f)
    ),
    published="2024-02-27",
)

# a wire story's first sentence with no day of its own tells the dateline's day's news; "met with the
# delegation led by X"; "received a courtesy call from X"; "will hold talks" tells of none held
probe(
    "lede-delegation-courtesy-from",
    "Ministers meet\n\nYEREVAN, May 8. /ARMENPRESS/.\n\nDefence Minister Suren Papikyan met with the "
    "delegation led by the Chief of General Staff of Georgia, General Giorgi Matiashvili.\n\nOn Tuesday, Prime "
    "Minister Nikol Pashinyan received a courtesy call from Ambassador Jean Dupont. Minister Papikyan will hold "
    "talks with Minister Irakli Chikovani on Friday.",
    lambda f: (
        ("meeting", "2024-05-08") in dated(f)
        and ("meeting", frozenset({("suren papikyan", "attendee"), ("giorgi matiashvili", "attendee")})) in eng(f)
        and ("meeting", frozenset({("nikol pashinyan", "host"), ("jean dupont", "visitor")})) in eng(f)
        and not any("irakli chikovani" in {a for a, _ in p} for _, p in eng(f))
    ),
)

# "At the close of the session, the two ministers signed": the day of the session told before
probe(
    "close-of-session",
    "The ministerial session on Wednesday was co-chaired by Minister Neema Mwakalinga and Minister Samuel "
    "Lakidi. At the close of the session, the two ministers signed the Agreed Minutes.",
    lambda f: ("agreement-signing", "2024-05-08") in dated(f),
)

# "X, currently visiting Oman," tells a visit going on, not the day it began
probe(
    "currently-visiting-undated",
    "MUSCAT, May 9 - Sayyid Talal bin Fahar received today Admiral Nadeem Khokhar, currently visiting the "
    "Sultanate of Oman. Admiral Khokhar arrived in the Sultanate on Monday.",
    lambda f: ("visit", "2024-05-06") in dated(f) and ("visit", "2024-05-09") not in dated(f),
)

# "Associate Minister", "Parliamentary Secretary", "Commanding Officer" are posts
probe(
    "associate-commanding",
    "Associate Minister of Foreign Affairs Tessa Harwood met the Commanding Officer of the Northern Command, "
    "Colonel Ravi Singh.",
    lambda f: (
        {
            ("tessa harwood", "associate minister of foreign affairs"),
            ("ravi singh", "commanding officer of northern command"),
        }
        <= posts(f)
    ),
)

# a trip within a visit ("travelled to Kenema") gives the visit no city; its arrival does
probe(
    "trip-within-visit",
    "Minister Ciara Walsh began a four-day visit to Sierra Leone on Monday. On Wednesday, the Minister "
    "travelled to Kenema, where she met Resident Minister Brima Koroma.",
    lambda f: not any(k == "visit" for k, _ in placed(f)) and ("meeting", "kenema") in placed(f),
)

# a video conference told as a call is no conference too
probe(
    "video-conference-no-conference",
    "PHNOM PENH, May 9 - Minister Sok Pheakdey yesterday held a video conference with Minister Pichet Suwannarat.",
    lambda f: {k for k, _ in eng(f)} == {"phone-call"},
)

# a city in a clause of its own, a plan or what was discussed is no venue ("signed ..., and agreed to
# hold the next meeting in Santiago"; "discussed river transport between Aswan and Wadi Halfa")
probe(
    "not-the-venue",
    "LIMA, May 9 - Foreign Minister Ricardo Valdivia and Foreign Minister Maria Undurraga signed a memorandum on "
    "consular cooperation, and agreed to hold the next meeting in Santiago. Later, Minister Undurraga was "
    "received by President Luis Quispe, with whom she discussed river transport between Arequipa and Tacna.",
    lambda f: {("agreement-signing", "lima"), ("reception", "lima")} <= placed(f),
)

# "X, whose delegation arrived in Vanimo on Monday": X arrived; "the two ministers chaired the meeting"
probe(
    "whose-delegation-chaired",
    "The meeting on Tuesday was co-chaired by Foreign Minister Peter Waisi and Deputy Minister Bambang Sutrisno, "
    "whose delegation arrived in Port Moresby by road on Monday. On Wednesday, the two ministers chaired the "
    "meeting of the board.",
    lambda f: (
        ("visit", frozenset({("bambang sutrisno", "visitor"), ("papua new guinea", "host")})) in eng(f)
        and ("meeting", "2024-05-08") in dated(f)
    ),
)


# organizations: a known organization is named as its text writes it ("UNHCR" where the text never
# spells out the Office of the United Nations High Commissioner for Refugees), as a reader names it
probe(
    "known-organization-as-written",
    "Norway has provided $2 million to UNHCR for the refugees in Chad, the Norwegian Ministry of Foreign "
    "Affairs said on Monday.",
    lambda f: {r for _, r, *_ in f["aid"]} == {"unhcr"} and ("unhcr", "") in f["organizations"],
)


# aid: the state a report is about is counted from every naming of a state ("Ghana's Minister of
# Health", "the Ghanaian side"), not only those naming a party; a state in an institution's name
# ("Korea International Cooperation Agency") is no naming of it
probe(
    "main-state-every-naming",
    "The Ghanaian Minister of Health, Ama Boateng, and Ghana's Minister of Roads, Kofi Asante, received the "
    "Ambassador of Japan, Taro Sato, in Accra. Japan will provide $3 million for new clinics on the Ghanaian side "
    "of the border, the ambassador said. Togo and Japan signed a similar accord last year, and Togo hopes for more.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("japan", "ghana")},
)


# aid: a purpose whose object receives ("$N to help the X do ...", "to strengthen the X") names the
# recipient as "to the X" does
probe(
    "purpose-object-receives",
    "Denmark's Minister for Development visited Dar es Salaam this week. The Government of Denmark will provide "
    "$4 million over three years to help the Tanzania Meteorological Authority expand its network of weather "
    "stations.",
    lambda f: {r for _, r, *_ in f["aid"]} == {"meteorological authority"},
)


# aid: a person announcing aid a demonym qualifies ("announced new Polish funding of €N") announces
# what that state gives
probe(
    "person-announces-demonym-aid",
    "The Minister of State for Development, Anna Kowalska, today announced new Polish funding of €2 million for "
    "flood relief in Moldova.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("poland", "moldova")},
)


# aid: an ambassador signing for a grant gives for the state they serve, not for their embassy
probe(
    "ambassador-gives-for-state",
    "The Ambassador of Norway to Zambia, Mr. Lars Holm, today signed an agreement on a grant of $5 million for "
    "rural electrification with the Minister of Energy of Zambia, Peter Banda.",
    lambda f: {d for d, *_ in f["aid"]} == {"norway"},
)

# "Brigadier" is a rank; "Chief of Defence Staff (CDS) of the Guyana Defence Force (GDF), X": the
# body served in follows the short name
probe(
    "brigadier-cds-of",
    "The Chief of Defence Staff (CDS) of the Guyana Defence Force (GDF), Brigadier Anthony Fredericks, hosted "
    "Brigadier General Marcos Pinto on Wednesday.",
    lambda f: (
        ("anthony fredericks", "chief of defence staff") in posts(f)
        and ("reception", frozenset({("anthony fredericks", "host"), ("marcos pinto", "visitor")})) in eng(f)
    ),
)

# "the two prime ministers" are the two of the parties told before who carry that title
probe(
    "the-two-titled",
    "The agreement was signed by Transport Minister Filip Trajanovski and Infrastructure Minister Ornela Hoxha, "
    "in the presence of the Prime Minister of North Macedonia, Darko Stefanovski, and the Prime Minister of "
    "Albania, Arben Shehu. Later the two prime ministers held a meeting over dinner.",
    lambda f: ("meeting", frozenset({("darko stefanovski", "attendee"), ("arben shehu", "attendee")})) in eng(f),
)

# an institution as the venue between the verb and the guest ("received at the Prime Minister's Office the
# Ambassador"); "the Prime Minister's Office" names no person
probe(
    "venue-institution-before-guest",
    "The Deputy Prime Minister, Hon. Taniela Tupou, on Monday received at the Prime Minister's Office the "
    "Ambassador of China, Mr. Zhou Weiming.",
    lambda f: eng(f) == {("reception", frozenset({("taniela tupou", "host"), ("zhou weiming", "visitor")}))},
)

# "Before the signing, ..." dates by the signing told with a day, though told again without one
probe(
    "before-signing-told-twice",
    "Loan signed\n\nHA NOI, Nov. 9 (VNA) - Viet Nam and Japan on Thursday exchanged notes on a loan of 24.8 billion "
    "yen.\n\nThe notes were signed in Ha Noi by Deputy Minister Do Thi Mai Lan and Japanese Ambassador Okabe Tetsuya, "
    "in the presence of State Minister Takumi Aoyagi, who is paying a two-day visit to Viet Nam.\n\nBefore the "
    "signing, Deputy Minister Mai Lan and State Minister Aoyagi held talks.",
    lambda f: ("meeting", "2023-11-09") in dated(f),
    published="2023-11-09",
)


# aid: a minister whose state the report never names gives for the one state its other aid comes from
probe(
    "minister-of-no-state-gives-for-giving-state",
    "New Zealand has provided $40 million to Samoa since 2020. The Minister for Pacific Affairs, Tessa Harwood, "
    "provided a further $2 million to UNICEF for cyclone relief in Samoa.",
    lambda f: {d for d, *_ in f["aid"]} == {"new zealand"},
)


# aid: a sum announced outright ("has announced NOK N to improve ...", "announced an additional $N for
# ...") is given, though no other word of giving stands by it
probe(
    "announced-sum-is-given",
    "Norway's Minister of International Development, Ingrid Solberg, has announced NOK 50 million over three years "
    "to improve maternal health in Malawi, as she concluded her visit to Lilongwe. She announced an additional "
    "NOK 5 million to expand school meals in Malawi.",
    lambda f: (
        {(d, r, v) for d, r, v, *_ in f["aid"]} == {("norway", "malawi", "50000000"), ("norway", "malawi", "5000000")}
    ),
)


# aid: a state's office named after "at" ("a ceremony at the Ministry of Finance") is where something
# happened, not the institution the aid goes to
probe(
    "office-of-state-after-at-is-venue",
    "At a ceremony at the Ministry of Finance in Accra, Japan pledged grant aid of up to 1 billion yen for rural "
    "clinics. Ghana's Minister of Finance thanked Ghana's partners.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("japan", "ghana")},
)

# "a telephone conversation took place yesterday between A and B"; "received a phone call from B"
probe(
    "call-between-from",
    "A telephone conversation took place yesterday between Prime Minister Ali Khan and Prime Minister Jan Novak. "
    "On Tuesday, President Ana Silva received a phone call from President Ivan Horvat.",
    lambda f: {("phone-call", "2024-05-09"), ("phone-call", "2024-05-07")} <= dated(f),
)

# where and when between "talks" and "with" ("wrapped up her visit with talks in Osaka with X")
probe(
    "talks-in-city-with",
    "Minister Ana Lutz wrapped up her three-day visit to Japan on Thursday with talks in Osaka with Governor "
    "Hirofumi Yoshimura.",
    lambda f: ("meeting", "osaka") in placed(f),
)

# "UNHCR's Assistant High Commissioner for Operations, X": the remit joins the title to its holder
probe(
    "remit-joins-holder",
    "UNHCR's Assistant High Commissioner for Operations, Tomasz Wierzbicki, today ended a five-day visit to Chad.",
    lambda f: ("visit", frozenset({("tomasz wierzbicki", "visitor"), ("chad", "host")})) in eng(f),
)
# "European Commissioner" is the whole title of the EU's commissioners, "European" included
probe(
    "european-commissioner",
    "The European Union will fund new clinics, the European Commissioner for Health, Marta Lindqvist, said in Accra.",
    lambda f: ("marta lindqvist", "european commissioner for health") in posts(f),
)

# "High Representative" is one title, as "High Commissioner" is: "High" is not left out
probe(
    "high-representative",
    "Karin Holm, the High Representative for Foreign Affairs of the European Union, met the minister in Rabat.",
    lambda f: ("karin holm", "high representative for foreign affairs of european union") in posts(f),
)

# an organization's ambassador holds the title "Ambassador", as a state's does: the body is the employer
probe(
    "organization-ambassador",
    "The clinic was opened by EU Ambassador Lena Varga. Pedro Alves, Ambassador of the European Union to Peru, "
    "also spoke.",
    lambda f: {("lena varga", "ambassador"), ("pedro alves", "ambassador")} <= posts(f),
)

# a deputy's modifier joined to the head by a hyphen ("Vice-Minister", "Deputy-Minister") stays in the title
probe(
    "hyphenated-modifier",
    "On Monday, Vice-Minister of Health Jonas Petraitis opened the new clinic in Vilnius.",
    lambda f: ("jonas petraitis", "vice minister of health") in posts(f),
)

# a service named before a rank ("Police Colonel") does not part a post from the holder named after the rank
probe(
    "service-before-rank",
    "Talks were held with the Head of the Border Academy, Police Colonel Arman Zhakenov, in Almaty.",
    lambda f: ("arman zhakenov", "head of border academy") in posts(f),
)


# aid: a person gives for the state their title names ("the Ambassador of Norway to ..."), so that
# state is not the recipient chosen for aid that names none
probe(
    "ambassadors-own-state-not-recipient",
    "Oslo Embassy News\n\nThe Ambassador of Norway to the Republic of Kenya, Ms. Kari Berg, and Kenya's Minister "
    "of Water, Mr. John Otieno, signed a grant agreement worth up to NOK 40 million for water points. Norway "
    "will also train engineers. Norway has long worked in the region, and Norway's firms are active there.",
    lambda f: {(r, v) for _, r, v, *_ in f["aid"]} == {("kenya", "40000000")},
)


# organizations: a national Red Cross society ("the Kenya Red Cross", "the Latvian Red Cross") is an
# organization, and gives as itself, not as its state
probe(
    "national-red-cross-gives",
    "Nairobi\n\nBlankets and tents worth $90,000, donated by the Kenyan Red Cross, were delivered to Uganda's "
    "Office of the Prime Minister.",
    lambda f: ("red cross", "KE") in f["organizations"] and {d for d, *_ in f["aid"]} == {"red cross"},
)


# aid: "to the province's Disaster Management Authority": a common noun's possessive says whose the
# institution is; the institution after it receives
probe(
    "possessive-before-recipient-institution",
    "Oslo\n\nNorway has granted NOK 3 million to the province's Disaster Management Authority for flood shelters "
    "in Mozambique. Mozambique thanked Norway.",
    lambda f: {r for _, r, *_ in f["aid"]} == {"disaster management authority"},
)

# "inked a memorandum", "accorded a warm welcome to X", "granted an audience to X", "the armed forces of
# A and B held a joint exercise"
probe(
    "inked-welcome-audience-joint-exercise",
    "Foreign Minister Ana Lutz and Foreign Minister Jan Novak on Tuesday inked a memorandum on visas. On Monday, "
    "Vice President Ali Khan accorded a warm welcome to Rear Admiral Saif Rahbi. President Omar Said granted an "
    "audience to Ambassador Jean Dupont on 8 May. The Armed Forces of Kazakhstan and Kyrgyzstan held a joint "
    "exercise near Osh on 6-8 May.",
    lambda f: (
        {
            ("agreement-signing", "2024-05-07"),
            ("reception", "2024-05-06"),
            ("reception", "2024-05-08"),
            ("exercise", "2024-05-06"),
        }
        <= dated(f)
    ),
)

# a rank before an honorific ("Admiral Sir Ben Key"), "Commodore", and the Malay and Bruneian
# honorifics "Haji", "Pehin", "Dato Paduka"
probe(
    "rank-before-honorific",
    "The First Sea Lord, Admiral Sir Ben Key, met Commodore Ali Rashid and Dato Paduka Haji Ali Hassan.",
    lambda f: (
        named(f) == {"ben key", "ali rashid", "ali hassan"}
        and {("ben key", "admiral"), ("ali rashid", "commodore")} <= f["ranks"]
    ),
)


# aid: amounts as wire copy writes them: a capital scale letter ("€5M"), a scale letter after a
# currency code ("USD 5m"), and a compound of hyphened words ("a 12-million-dollar project")
probe(
    "amount-scale-letters-and-compounds",
    "Phnom Penh\n\nChina has provided USD 5m to Cambodia for rural roads, and Japan has allocated €7M to Cambodia "
    "for mine clearance. Korea's 12-million-dollar project for Cambodia was funded by KOICA.",
    lambda f: {v for _, _, v, *_ in f["aid"]} >= {"5000000", "7000000", "12000000"},
)


# aid: what a body adds to an economy by spending there ("contributes $N a year to the local
# economy") is no gift, though "contributes" is a word of giving
probe(
    "contribution-to-economy-not-aid",
    "Nairobi\n\nThe British Army Training Unit Kenya says it contributes about $50 million a year to the local "
    "economy. The United Kingdom has granted £2 million to Kenya for demining.",
    lambda f: {v for _, _, v, *_ in f["aid"]} == {"2000000"},
)


# aid: the signs releases write their own currencies with: "Tk 10 crore", "KSh 2bn", "₦5 billion"
probe(
    "local-currency-signs",
    "Dhaka\n\nJapan has donated Tk 10 crore to Bangladesh for cyclone shelters. The World Bank has granted KSh 2bn "
    "to Kenya, and the European Union has donated ₦5 billion to Nigeria.",
    lambda f: (
        {(v, c) for _, _, v, c, _ in f["aid"]} == {("100000000", "BDT"), ("2000000000", "KES"), ("5000000000", "NGN")}
    ),
)


# aid: words of giving releases use beside "provided" and "granted": a state "released" or has
# "given" a sum, a "contribution" or "disbursement" of it
probe(
    "released-given-contribution-disbursement",
    "Canberra\n\nAustralia has released A$5 million to Fiji for cyclone relief. Norway has given NOK 8 million to "
    "Fiji for clean water. Switzerland's CHF 2 million contribution to Tonga will rebuild schools. The bank "
    "approved the disbursement of $40 million to Samoa.",
    lambda f: (
        {(d, r, v) for d, r, v, *_ in f["aid"]}
        >= {("australia", "fiji", "5000000"), ("norway", "fiji", "8000000"), ("switzerland", "tonga", "2000000")}
    ),
)


# aid: "Y received $N from X": the subject of a verb of receiving receives, the one named after
# "from" gives
probe(
    "received-from-giver",
    "Dhaka\n\nBangladesh received $50 million from the World Bank to widen its safety net. Nepal has secured "
    "a $20 million loan from Japan. Bhutan obtained $3 million from India.",
    lambda f: (
        {(d, r, v) for d, r, v, *_ in f["aid"]}
        == {("world bank", "bangladesh", "50000000"), ("japan", "nepal", "20000000"), ("india", "bhutan", "3000000")}
    ),
)


# organizations: "The World Bank and Ghana signed ...": a state joined by "and" after an
# institution's name is its partner, not the end of its name; the bank lends to that state
probe(
    "institution-and-partner-state",
    "Accra\n\nThe World Bank and Ghana signed a $100 million loan agreement to improve urban water supply.",
    lambda f: (
        ("world bank", "") in f["organizations"] and {(d, r) for d, r, *_ in f["aid"]} == {("world bank", "ghana")}
    ),
)


# aid: Europe's, Africa's and Asia's other currencies by name and code: "10 million zlotys",
# "40 million Norwegian kroner", "300 million Kenyan shillings", "CZK 50 million"
probe(
    "currencies-by-name-and-code",
    "Warsaw\n\nPoland delivered aid worth more than 10 million zlotys to Ukraine. Norway granted 40 million "
    "Norwegian kroner to Malawi. Japan granted 300 million Kenyan shillings to Kenya. The Czech Republic donated "
    "CZK 50 million to Moldova.",
    lambda f: (
        {(c, q) for _, _, _, c, q in f["aid"]}
        == {("PLN", "over"), ("NOK", "exactly"), ("KES", "exactly"), ("CZK", "exactly")}
    ),
)


# aid: a state "will extend" or "extends" a sum, as it "extended" one
probe(
    "will-extend-a-sum",
    "New Delhi\n\nIndia will extend a line of credit of $500 million to Sri Lanka for railways. Japan extends "
    "¥3 billion to Bangladesh for power lines.",
    lambda f: (
        {(d, r, v) for d, r, v, *_ in f["aid"]}
        == {("india", "sri lanka", "500000000"), ("japan", "bangladesh", "3000000000")}
    ),
)


# aid: a receipt is a gift only with its giver named ("received $N from X"): "Y, which received $N
# last year" does not make Y a giver
probe(
    "receipt-without-giver-not-a-gift-by-the-receiver",
    "Tokyo\n\nJapan has given $8 million to Nepal, which received $2 million last year.",
    lambda f: {d for d, *_ in f["aid"]} == {"japan"},
)


# aid: "$N in (humanitarian) aid from X": the giver named after the kind of aid the sum is in
probe(
    "sum-in-aid-from-giver",
    "Tbilisi\n\nGeorgia has received $15 million in aid from Japan. Armenia got €3 million in humanitarian "
    "assistance from Germany.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("japan", "georgia"), ("germany", "armenia")},
)


# aid: "to Ethiopia's Ministry of Agriculture": the institution a state's possessive names receives,
# not the state; an institution's own work ("to UNICEF's response") is still the institution's
probe(
    "state-possessive-institution-receives",
    "Rome\n\nItaly granted €2 million to Ethiopia's Ministry of Agriculture for irrigation. Kuwait has "
    "contributed $5 million to UNICEF's response in Yemen.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("italy", "ministry of agriculture"), ("kuwait", "unicef")},
)


# aid: "Tajikistan and the Asian Development Bank signed grants totalling $N": of a state and a
# bank or fund named together as the subject, the bank or fund gives, the state receives
probe(
    "state-and-bank-signed-bank-gives",
    "Dushanbe\n\nTajikistan and the Asian Development Bank signed grants totalling $100 million for schools.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("asian development bank", "tajikistan")},
)


# aid: "run with funding from Norway": where the word of giving nearest the amount names its giver,
# that one gives, not the clause's subject (a place the programme is in)
probe(
    "funding-from-names-the-giver",
    "Kathmandu\n\nThe $5 million school programme in Nepal is run with funding from Norway.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("norway", "nepal")},
)


# people: "Premier of Manitoba Wab Kinew", "Governor of Bali Wayan Koster": one word no list knows
# between "<title> of" and a name of two words or more is the title's region, not the name's first word
probe(
    "region-between-title-and-name",
    "Premier of Manitoba Wab Kinew met Governor of Bali Wayan Koster in Winnipeg.",
    lambda f: named(f) == {"wab kinew", "wayan koster"} and ("wab kinew", "premier of manitoba") in posts(f),
)


# people: "Alhaji", "Alhaja" (West Africa) and "Datin" (Malaysia, Brunei) before a name are honorifics,
# no part of the name
probe(
    "alhaji-datin-honorifics",
    "Alhaji Sani Garba, the Minister of Defence, received Datin Paduka Nur Aisyah in Kano.",
    lambda f: named(f) == {"sani garba", "nur aisyah"} and ("sani garba", "alhaji") in f["honorifics"],
)


# people: Spanish "y" joining two surnames and Malay "binti" before a father's name are particles
# inside the name
probe(
    "y-and-binti-particles",
    "Admiral Luis Ortega y Gasset met Minister Nur Hidayah binti Osman in Kuala Lumpur.",
    lambda f: named(f) == {"luis ortega y gasset", "nur hidayah binti osman"},
)


# people: a lowercase post after its state's possessive ("Peru's trade minister, Ana Ruiz") is a
# post introduced as one, the name after it its holder's
probe(
    "state-possessive-lowercase-post",
    "Lima\n\nPeru's trade minister, Ana Ruiz, met Chile's defence minister Tomas Vidal.",
    lambda f: named(f) == {"ana ruiz", "tomas vidal"} and ("ana ruiz", "trade minister") in posts(f),
)


# people: "Inspector-General" (hyphened), "Superintendent" and "Under-Secretary-General" head posts,
# so the names after them are their holders'
probe(
    "inspector-general-superintendent-heads",
    "Deputy Inspector-General of Police Kofi Mensah and Superintendent Grace Atieno met UN "
    "Under-Secretary-General Lars Berg.",
    lambda f: (
        named(f) == {"kofi mensah", "grace atieno", "lars berg"}
        and ("kofi mensah", "deputy inspector general of police") in posts(f)
    ),
)


# people: a Korean given name whose first syllable is an English function word ("An-su", "In-bum")
# goes on the name; a particle joined by a hyphen ("Al-") stays a particle
probe(
    "hyphened-given-name-from-function-word",
    "Admiral CHOI In-bum received General KANG An-sik in Busan.",
    lambda f: named(f) == {"choi in-bum", "kang an-sik"},
)


# sentences: "Engr.", "Atty.", "Arch." and "(retd.)" end no sentence; the first three are
# honorifics before a name (the Philippines' and Latin America's professional styles)
probe(
    "professional-honorifics-and-retired",
    "Ambassador Leo Marsh met with Engr. Rosa Dizon, Secretary of Public Works, in Manila. Later, "
    "Secretary Dizon received Brigadier General (retd.) Hugo Lim and Atty. Carlo Ramos.",
    lambda f: (
        named(f) == {"leo marsh", "rosa dizon", "hugo lim", "carlo ramos"}
        and ("meeting", frozenset({("leo marsh", "attendee"), ("rosa dizon", "attendee")})) in eng(f)
    ),
)


# people: "(Dr)" between a rank and a name, as "(Rtd)" is: the name follows the bracket
probe(
    "doctor-in-brackets-after-rank",
    "Lt Gen (Dr) Asha Rao met with Major General Tomas Beck in New Delhi.",
    lambda f: named(f) == {"asha rao", "tomas beck"},
)


# aid: a headline's sum ("Japan Grants $4 Million to Timor-Leste") is read when the body tells no
# amount of its own
probe(
    "headline-sum-when-body-tells-none",
    "Japan Grants $4 Million to Timor-Leste\n\nDILI, 3 May 2024 - The Government of Japan and the Government "
    "of Timor-Leste today signed an agreement on a grant for rural water supply.",
    lambda f: {(d, r, v) for d, r, v, *_ in f["aid"]} == {("japan", "timor-leste", "4000000")},
)


# aid: "the IMF Executive Board approved", "the World Bank Board approved": a board named with the
# body it governs decides for it, and that body gives
probe(
    "board-named-with-its-body-the-body-gives",
    "Washington\n\nThe IMF Executive Board approved a $300 million loan to Pakistan. The World Bank Board "
    "approved $100 million for Kenya.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("imf", "pakistan"), ("world bank", "kenya")},
)


# aid: a word of trade or budgets inside an institution's name ("the Ministry of Foreign Affairs and
# Trade has provided") does not make the sum a trade figure
probe(
    "trade-in-a-ministry-name-still-aid",
    "Wellington\n\nThe Ministry of Foreign Affairs and Trade has provided NZ$2 million to Tonga for cyclone recovery.",
    lambda f: {(r, v) for _, r, v, *_ in f["aid"]} == {("tonga", "2000000")},
)


# aid: the naira written as a bare capital before a scaled sum ("N5 billion", "N200m"), as Nigerian
# papers write it
probe(
    "bare-capital-n-naira",
    "Abuja\n\nThe European Union has given N5 billion to Nigeria for flood relief. Japan donated N200m to "
    "the Borno State Government.",
    lambda f: {(v, c) for _, _, v, c, _ in f["aid"]} == {("5000000000", "NGN"), ("200000000", "NGN")},
)


# aid: "supported by the EU with €3 million" as the only word of giving: the one it names gives
probe(
    "supported-by-names-the-giver",
    "Chisinau\n\nThe new border crossing at Leuseni in Moldova, supported by the EU with €3 million, opened on Monday.",
    lambda f: {(d, r, v) for d, r, v, *_ in f["aid"]} == {("eu", "moldova", "3000000")},
)


# aid: "adopted a package of €20 million for Moldova", with no other word of giving: the package is given
probe(
    "package-of-sum-is-given",
    "Brussels\n\nThe European Commission adopted a package of €20 million for Moldova's energy sector.",
    lambda f: {(d, r, v) for d, r, v, *_ in f["aid"]} == {("european commission", "moldova", "20000000")},
)


# aid: a two-word city alone on its line above the story ("Addis Ababa") is no part of the name of
# the bank that opens it
probe(
    "dateline-line-not-part-of-the-giver-name",
    "Addis Ababa\n\nThe African Development Bank has approved a grant of $40 million to Ethiopia for drought response.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("african development bank", "ethiopia")},
)


# aid: a state "will invest" a sum in another's sector, as it "invested" one
probe(
    "state-will-invest-sum",
    "Suva\n\nAustralia will invest A$30 million in Fiji's health sector over five years.",
    lambda f: {(d, r, v) for d, r, v, *_ in f["aid"]} == {("australia", "fiji", "30000000")},
)


# aid: "handed over 20 million yuan worth of supplies": the verb's particle "over" is no bound on the sum
probe(
    "handed-over-is-no-qualifier",
    "Apia\n\nChina has handed over 20 million yuan worth of relief supplies to Samoa.",
    lambda f: {(v, q) for _, _, v, _, q in f["aid"]} == {("20000000", "exactly")},
)


# aid: the base forms of the verbs of giving after "will"/"would": "would contribute", "will commit",
# "will pledge", "will disburse"
probe(
    "base-form-verbs-of-giving",
    "Dili\n\nPortugal would contribute €2 million to Timor-Leste. Japan will commit $5 million to Laos. "
    "Korea will disburse $3 million to Mongolia.",
    lambda f: (
        {(d, r) for d, r, *_ in f["aid"]}
        == {("portugal", "timor-leste"), ("japan", "laos"), ("south korea", "mongolia")}
    ),
)


# engagements: "in the Uzbek capital", "the capital of Kenya", "in the capital" (of the dateline's
# state): a city named by its state places the engagement there
probe(
    "capital-named-by-its-state",
    "Foreign Minister Arvid Lennart, who arrived in the Uzbek capital on Monday, was received by President "
    "Bakhodir Umarov. Defence Minister Ines Korvala met General Otieno Wekesa in the capital of Kenya on Tuesday.",
    lambda f: {("reception", "tashkent"), ("meeting", "nairobi")} <= placed(f),
)
probe(
    "capital-of-the-dateline-state",
    "LAUTOKA, May 7 (Pacnews) - Minister Hana Ropata met Prime Minister Tevita Rokocava in the capital today.",
    lambda f: ("meeting", "suva") in placed(f),
)


# engagements: a tour of two states ("arrived in Lusaka the same evening. On 13 June, he called on
# ..."): an unplaced meeting is part of the visit told last before it, and takes its city
probe(
    "tour-meeting-in-the-visit-told-last",
    "Minister Arjun Velankar is on an official tour of Malawi and Zambia from 10 to 14 June 2024.\n\n"
    "He arrived in Lilongwe on 10 June. The next day, he called on Vice-President Daliso Phiri.\n\n"
    "He arrived in Lusaka on 12 June. On 13 June, he called on Foreign Minister Chanda Mwila.",
    lambda f: ("meeting", "lusaka") in placed(f),
)


# engagements: "received at Government House in the capital" in a release with no dateline: the
# capital of the state the release names first
probe(
    "capital-of-the-state-named-first",
    "Government of the Republic of Moldova\nPress release\n\nOn 4 March, Commissioner Liesel Ambrosen was "
    "received at Government House in the capital by Prime Minister Radu Cazacu.",
    lambda f: ("reception", "chisinau") in placed(f),
)


# engagements: "paid a courtesy call on the Minister ... at the Ministry of Defence" in a release with
# no dateline: held at a seat of government, so in the capital of the state the release names first
probe(
    "seat-of-government-venue-in-the-capital",
    "GHANA ARMED FORCES\n\nThe equipment was handed over by Colonel Li Wen to General Kofi Mensah-Darko in "
    "Accra on Wednesday.\n\nOn Tuesday, Colonel Li paid a courtesy call on the Minister for Defence, Ama "
    "Owusu-Frimpong, at the Ministry of Defence.",
    lambda f: ("meeting", "accra") in placed(f),
)

# a venue without "the" between the verb and the guest ("received at Seif Palace on Sunday the visiting X")
probe(
    "venue-no-article",
    "KUWAIT, May 12 (KUNA) -- His Highness the Amir Sheikh Nawaf Al-Sabah received at Seif Palace on Sunday "
    "visiting Jordanian Prime Minister Bisher Khasawneh.",
    lambda f: dated(f) == {("reception", "2024-05-12")} and placed(f) == {("reception", "kuwait city")},
    published="2024-05-12",
)


# "played host to X" (a reception), "held a tête-à-tête with X" (a meeting), "laid the foundation
# stone of" (a ceremony one person may hold)
probe(
    "host-tete-stone",
    "AMMAN, May 14 (Petra) -- King Abdullah II on Tuesday played host to Cypriot President Nikos "
    "Christodoulides. Foreign Minister Hasan Mahmud held a tête-à-tête with Indian Foreign Minister "
    "Subrahmanyam Jaishankar on Monday. Defence Minister Saikhanbayar Gursed laid the foundation stone of a "
    "military hospital on Sunday.",
    lambda f: dated(f) == {("reception", "2024-05-14"), ("meeting", "2024-05-13"), ("ceremony", "2024-05-12")},
    published="2024-05-14",
)


# one person named as signing ("On Monday, the Director signed a loan agreement in Tuzla") tells a signing,
# the other signatory left unnamed
probe(
    "signed-alone",
    "On Monday, Fund Director Marta Keller signed a loan agreement in Tuzla for a new water plant.",
    lambda f: dated(f) == {("agreement-signing", "2024-05-13")} and placed(f) == {("agreement-signing", "tuzla")},
    published="2024-05-15",
)


# one person handing over what was given, its receiver left unnamed, tells a handover
probe(
    "handed-over-alone",
    "Ambassador Li Wen handed over 200 tents and water pumps in Nuku'alofa on Tuesday.",
    lambda f: dated(f) == {("aid-delivery", "2024-05-14")} and placed(f) == {("aid-delivery", "nuku'alofa")},
    published="2024-05-15",
)


# engagements: "X was later received by Y" in the paragraph after a dated meeting: the same day, as
# "then" is; "two days later" and "later this month" are not
probe(
    "later-received-same-day",
    "On 26 February, Minister Rafiq Hossain held talks with Minister Binod Karki in Kathmandu.\n\n"
    "Minister Hossain was later received by Prime Minister Sita Thapa at her official residence.",
    lambda f: ("reception", "2024-02-26") in dated(f),
)


# "The visit, which began on Monday, ...", "The visit started on Monday": the day the visit told before began
probe(
    "visit-began",
    "Foreign Minister Ana Lopes visited Praia this week. The visit, which began on Monday, included talks with "
    "Prime Minister Ulisses Correia e Silva.",
    lambda f: ("visit", "2024-05-13") in dated(f),
    published="2024-05-16",
)


# "before leaving for Vienna, where he attended a conference": the city a ", where" clause refers back to
probe(
    "conference-where",
    "Defence Minister Marek Novak met Minister Jan Kral in Bratislava on 14 May before leaving for Vienna, where "
    "he attended a conference on security on 15 May.",
    lambda f: placed(f) == {("meeting", "bratislava"), ("conference", "vienna")},
    published="2024-05-16",
)


# engagements: a signing told after talks in the same paragraph, its words naming no city, took
# place where the talks did
probe(
    "unplaced-signing-where-the-talks-were",
    "On 10 July, Minister Kenji Aramaki held talks with Minister Nadeesha Perera in Colombo. After the talks, "
    "Secretary Ruwan Dias and Ambassador Hiro Tanabe signed an agreement on port development.",
    lambda f: ("agreement-signing", "colombo") in placed(f),
)


# aid: "budget support to help the Government protect ...": a government no state's name qualifies
# is the report's state's, and that state receives
probe(
    "bare-government-recipient-is-its-state",
    "Honiara\n\nAustralia's Foreign Minister Dana Kellerby ended a visit to Solomon Islands after committing "
    "A$8 million in budget support to help the Government keep clinics open. Solomon Islands thanked Australia.",
    lambda f: {(d, r, v) for d, r, v, *_ in f["aid"]} == {("australia", "solomon islands", "8000000")},
)


# aid: a purpose the genre names outright keeps its own DAC code: mine clearance is 15250, police 15132,
# not their categories 152 and 151
probe(
    "named-purpose-keeps-its-own-code",
    "Tirana\n\nNorway has provided €3 million to Albania for mine clearance along the northern border. "
    "Sweden has allocated €2 million to Albania for police training.",
    lambda f: (
        {(d, s) for d, _, _, s in f["aid-terms"]}
        == {("norway", frozenset({"15250"})), ("sweden", frozenset({"15132"}))}
    ),
)


# aid: relief told by its words ("food packages and hygiene kits for families affected by the floods")
# is in DAC 720, emergency response, when no topic names a sector
probe(
    "relief-words-are-emergency-response",
    "Dhaka\n\nThe Embassy of Qatar handed over food packages and hygiene kits worth BDT 5 million, provided by "
    "Qatar Charity, to the Sunamganj District Administration for families affected by the floods.",
    lambda f: {s for *_, s in f["aid-terms"]} == {frozenset({"720"})},
)


# aid: "according to the Ministry of ...", "thanks to", "in addition to": no "to" names who receives
probe(
    "according-to-names-no-recipient",
    "Maseru\n\nIreland has provided more than €40 million in development aid since 2010, according to the "
    "Ministry of Finance and Development Planning. Lesotho thanked Ireland.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("ireland", "lesotho")},
)


# aid: "X's development cooperation with Y totals $N", "with more than €N in cooperation since 1998": the
# genre's name for what a state gives
probe(
    "development-cooperation-is-given",
    "Vientiane\n\nFinland's development cooperation with Laos totals €60 million over the 2020-2024 period.",
    lambda f: {(d, r, v) for d, r, v, *_ in f["aid"]} == {("finland", "laos", "60000000")},
)


# aid: "to the Naryn branch of the Ministry of ...": the institution a branch or office belongs to
# receives
probe(
    "branch-of-institution-receives",
    "Bishkek\n\nThe World Food Programme handed over ten trucks worth $400,000 to the Naryn branch of the "
    "Ministry of Emergency Situations.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("world food programme", "ministry of emergency situations")},
)


# people: "the Commander of the Royal Thai Navy, Admiral ...": "Royal" is a word of the service's name, so the
# post reads through it (and the state inside the name is the holder's)
probe(
    "royal-service-post",
    "Talks were held with the Commander of the Royal Danish Naval Force, Rear Admiral Lars Holmgaard, in Aarhus.",
    lambda f: ("lars holmgaard", "commander of royal naval force") in posts(f),
)


# people: "the Commander of the KDF, Major General ...": a body written by its acronym alone after "of" and
# before its holder is the post's institution
probe(
    "acronym-institution-post",
    "The trucks were handed to the Commander of the ZDF, Major General Tendai Moyo, at the barracks.",
    lambda f: ("tendai moyo", "commander of zdf") in posts(f),
)


# people: "the Head of the EU Delegation to Ghana, Ambassador ...": "to <state>" after a delegation's or
# mission's head says where it is accredited, as after an envoy's title, and the holder's name still follows
probe(
    "delegation-head-accredited-to",
    "The grant was signed by the Head of the EU Delegation to Zambia, Ambassador Petra Lindahl, in Lusaka.",
    lambda f: ("petra lindahl", "head of eu delegation") in posts(f),
)


# people: "the Defence Attaché at the French Embassy, Colonel ...": the mission a diplomat serves "at" is
# where the post is held (its state the holder's), not part of the title
probe(
    "attache-at-the-embassy",
    "They were joined by the Defence Attaché at the Italian Embassy, Colonel Marco Bellini.",
    lambda f: ("marco bellini", "defence attache") in posts(f) and ("marco bellini", "IT") in f["countries"],
)


# people: police grades before a name, "Senior Superintendent Ama Owusu", are honorifics, not the name's
# first word
probe(
    "police-superintendent-honorific",
    "Senior Superintendent Ama Owusu and Superintendent Kofi Boateng received the vehicles in Kumasi.",
    lambda f: named(f) == {"ama owusu", "kofi boateng"} and ("ama owusu", "senior superintendent") in f["honorifics"],
)


# people: "Senior Lieutenant General" (Vietnam, Laos) and "Senior Colonel" (China, Vietnam) are ranks of their
# own, so "Senior" neither breaks the post-rank-name chain nor is taken for part of the name
probe(
    "senior-grade-ranks",
    "He called on Laos's Deputy Minister of National Defence, Senior Lieutenant General Bounmy Keola, "
    "and Senior Colonel Zhou Ming.",
    lambda f: (
        ("bounmy keola", "senior-lieutenant-general") in f["ranks"]
        and ("bounmy keola", "deputy minister of national defence") in posts(f)
        and ("zhou ming", "senior-colonel") in f["ranks"]
    ),
)


# people: a minister whose state the text never writes serves the dateline's state ("LUSAKA, ... the Minister
# of Health, ..."): reports qualify other states' ministers and leave their own bare
probe(
    "dateline-state-minister",
    "LUSAKA, 3 March 2024 - The Minister of Health, Chanda Mwale, received the Japanese Ambassador, "
    "Kenji Sato, at the ministry.",
    lambda f: ("chanda mwale", "ZM") in f["countries"],
)


# people: the head of a national body the text names with no state ("the Chief of the State Border Service")
# serves the dateline's state too; an officer of a mission or delegation abroad does not
probe(
    "dateline-state-national-body",
    "TBILISI, 3 March 2024 - The Chief of the State Border Service, Levan Beridze, and the Head of the EU "
    "Delegation, Ambassador Anna Berg, opened the checkpoint.",
    lambda f: ("levan beridze", "GE") in f["countries"] and not any(p == "anna berg" for p, _ in f["countries"]),
)


# people: Brunei's "Dato Seri Pahlawan", "Dato Paduka Seri" and "Dato Seri Setia" before a name are honorifics
# whole, no part of the name
probe(
    "brunei-dato-honorifics",
    "Major General Dato Seri Pahlawan Hamzah bin Ismail met Dato Paduka Seri Rahim bin Osman in Bandar Seri Begawan.",
    lambda f: (
        named(f) == {"hamzah bin ismail", "rahim bin osman"}
        and ("hamzah bin ismail", "dato seri pahlawan") in f["honorifics"]
    ),
)


# people: "In her talks with Minister Lupu, the Deputy Secretary General focused on ...": an articled post after
# a comma that runs on into a verb, with no closing comma, is the clause's subject, not the name's apposition
probe(
    "articled-subject-no-apposition",
    "In her talks with Defence Minister Ana Lupu, the Deputy Secretary General focused on cyber defence. "
    "Marek Novak, the Minister of Finance, said the talks were useful.",
    lambda f: (
        ("ana lupu", "deputy secretary general") not in posts(f) and ("marek novak", "minister of finance") in posts(f)
    ),
)


# people: "With the Prime Minister, Ms Varga discussed ...": a post ending a phrase put before the clause is not
# the title of the subject named after its comma; "met with the Minister of Finance, Ivan Horvat." still is
probe(
    "fronted-phrase-post-not-the-subject",
    "Prime Minister Janos Kiss received the delegation. With the Prime Minister, Ms Eva Varga discussed energy. "
    "She also met with the Minister of Finance, Ivan Horvat.",
    lambda f: ("eva varga", "prime minister") not in posts(f) and ("ivan horvat", "minister of finance") in posts(f),
)


# people: a sovereign's title that is also a given name, right after a rank or a post's
# institution, begins the name ("Lt. Gen. Amir ...", "Superintendent of Police Sultan ...")
probe(
    "given-name-title-after-rank",
    "Lt. Gen. Amir Haidar met Superintendent of Police Sultan Rafiq and the Emir of Qatar in Doha.",
    lambda f: named(f) >= {"amir haidar", "sultan rafiq"} and ("sultan rafiq", "superintendent of police") in posts(f),
)


# records: a region's head named before the holder ("Governor of Bali Wayan Koster") is
# recorded in that head's office, as a city's mayor is
probe(
    "regional-head-before-name",
    "Governor of Tarsava Ketut Wirana and Chief Minister of Selangan Hamid Noor met the Japanese Ambassador.",
    lambda f: {("ketut wirana", "governor of tarsava"), ("hamid noor", "chief minister of selangan")} <= posts(f),
)


# people: a region of two words opening with a compass point between a title and its holder
# ("Governor of East Java Khofifah ..."): the place is the title's, the rest the name
probe(
    "compass-region-before-name",
    "Governor of West Tarsava Budi Santosa Wirana received the Korean Ambassador in the provincial capital.",
    lambda f: ("budi santosa wirana", "governor of west tarsava") in posts(f),
)


# people: a month's short name after a name word is the name's ("Wang Jun"), unless a day follows
probe(
    "month-short-name-in-name",
    "Defence Minister Zhao Jun met Ambassador Jan Kowalczyk in Beijing on Jun 5.",
    lambda f: named(f) == {"zhao jun", "jan kowalczyk"},
)


# people: a Mongolian patronymic initial of two letters written with a space ("Ts. Batbold")
probe(
    "spaced-digraph-initial",
    "Governor Ts. Oyunbold received Ambassador Kh. Dorjsuren in Khovd.",
    lambda f: named(f) == {"ts. oyunbold", "kh. dorjsuren"},
)


# records: an institution written before two titles joined by "and" names both ("the UNICEF
# Representative and Country Director, ...")
probe(
    "prefix-institution-shared-by-and",
    "The Minister of Health received the UNICEF Representative and Country Director, Lena Marsh, in Dili.",
    lambda f: {("lena marsh", "representative"), ("lena marsh", "country director")} <= posts(f),
)


# people: a body's short name in capitals that no list knows, written before its officer's
# title ("BOMCA Regional Director ..."), is the post's institution; the title is the officer's
probe(
    "unknown-acronym-before-title",
    "The minister met KESMA Regional Director Tomas Varga and the BDF Chief of Staff, Brigadier Ali Nasser.",
    lambda f: {("tomas varga", "regional director"), ("ali nasser", "chief of staff")} <= posts(f),
)


# people: a minister "for" a region is a remit, the title's ("the UK Minister for Africa"),
# recorded in the state's government as no ministry is named
probe(
    "minister-for-a-region",
    "The UK Minister for Africa, Helen Ward, met President Joseph Kamau in Nairobi.",
    lambda f: ("helen ward", "minister for africa") in posts(f),
)


# people: a field of four words before "Minister" ("Foreign and European Affairs Minister"),
# as European foreign ministries are named
probe(
    "joined-field-before-minister",
    "Foreign and European Affairs Minister Ivo Kralj met Europe and Foreign Affairs Minister Anne Roux.",
    lambda f: (
        {
            ("ivo kralj", "foreign and european affairs minister"),
            ("anne roux", "europe and foreign affairs minister"),
        }
        <= posts(f)
    ),
)


# people: a rank's short form in brackets between the rank and the name ("Brigadier-General
# (BG) Tan ...", "Colonel (Col.) ..."), as the Singapore and Malaysian forces write it
probe(
    "short-rank-in-brackets",
    "Chief of Army Brigadier-General (BG) Lee Kah Wai met Colonel (Col.) Hamid Basri in Bandar Seri Begawan.",
    lambda f: named(f) == {"lee kah wai", "hamid basri"} and ("lee kah wai", "chief of army") in posts(f),
)


# people: "Senior" before a rank is the rank's grade ("Senior Lieutenant General", "Senior
# Colonel"), so a post in apposition before it still reaches the name
probe(
    "senior-grade-of-rank",
    "The admiral called on Vietnam's Deputy Minister of National Defence, Senior Lieutenant General Tran Van Hoa.",
    lambda f: ("tran van hoa", "deputy minister of national defence") in posts(f),
)


# people: "<title> at the <institution>" ("the Defence Attaché at the British Embassy, Colonel
# ..."): the institution is where the holder serves, the title stays as written before "at"
probe(
    "title-at-institution",
    "They were joined by the Defence Attaché at the Embassy of Norway in Nairobi, Colonel Erik Dahl.",
    lambda f: ("erik dahl", "defence attache") in posts(f),
)


# people: "to <state>" after a delegation's or mission's name is where it is accredited
# ("the Head of the EU Delegation to Kenya, Ambassador ..."): the post still reaches the name
probe(
    "mission-accredited-to-state",
    "The grant was handed over by the Head of the EU Delegation to Kenya, Ambassador Lotte Berg, in Nairobi.",
    lambda f: ("lotte berg", "head of eu delegation") in posts(f),
)


# people/records: "the Bank's Representative", an institution's head word with a possessive
# before a title, is the report's one organization of that head ("the World Bank")
probe(
    "head-word-possessive-before-title",
    "The World Bank approved a loan to Peru. The Bank's Country Director, Ana Lindqvist, signed it in Lima.",
    lambda f: ("ana lindqvist", "country director") in posts(f),
)


# people: a lowercase title after its body's name is the title of the name after it ("UN
# spokesman Ana ...", "PCG spokesperson Rear Admiral ..."), as wire copy writes it
probe(
    "lowercase-title-after-body",
    "UN spokesman Pablo Moreno said the convoy had arrived; KDF spokesperson Colonel Ruth Akinyi confirmed it.",
    lambda f: (
        named(f) == {"pablo moreno", "ruth akinyi"}
        and {("pablo moreno", "un spokesman"), ("ruth akinyi", "spokesperson")} <= posts(f)
    ),
)


# people: "the Governor of the province, X": a place named by its kind after a title is the
# title's, and the name after the comma holds it
probe(
    "title-of-the-province",
    "In Khovd the team was received by the Governor of the aimag, Ts. Oyunbold, who thanked Kazakhstan.",
    lambda f: ("ts. oyunbold", "governor of aimag") in posts(f),
)


# people: "Chief" alone before a name is a form of address, the person's honorific ("Chief
# Olusegun ..."), as "Governor" alone is; the name is read whole
probe(
    "chief-as-form-of-address",
    "Chief Adewale Okonjo received the Ghanaian High Commissioner in Abeokuta.",
    lambda f: named(f) >= {"adewale okonjo"} and ("adewale okonjo", "chief") in f["honorifics"],
)


# topics: the training of soldiers, officers, pilots or units is military training; the
# training of police or customs officers is not, nor is training at academies (military education)
probe(
    "training-of-troops",
    "General Omar Diallo received Brigadier Karl Weiss in Dakar. The two discussed the training of "
    "Senegalese pilots by German instructors. Minister Anna Roth met Colonel Ines Kaba and discussed the "
    "training of customs officers.",
    lambda f: (
        "military-training" in top(f)
        and ("discussed", frozenset({"anna roth", "ines kaba"}), frozenset({"military-training"})) not in st(f)
    ),
)


# topics: a topic word inside a capitalized name (a project, a ministry) is no topic, but an
# agreement's name says what it is about
probe(
    "topic-words-in-names",
    "Ambassador Lena Holt met Minister Paul Obi in Abuja. They visited the Harbour Cooperation Project "
    "and reviewed the Defence Cooperation Agreement.",
    lambda f: "cooperation" not in top(f) and "defense-cooperation" in top(f),
)


# topics: usual wordings of food aid ("food packages", "food parcels") and of maritime
# security ("maritime cooperation", "illegal fishing")
probe(
    "food-packages-and-maritime-cooperation",
    "Ambassador Nora Vik handed over 900 food packages to Governor Sam Tobi in Suva. Admiral Ben Carr "
    "met Commodore Eli Moss and discussed maritime cooperation and illegal fishing.",
    lambda f: {"food-aid", "maritime-security"} <= top(f) and "cooperation" not in top(f),
)


# topics: "the development of the port" is about the port, not development as a topic;
# "the reconstruction of roads" stays reconstruction
probe(
    "development-of-a-thing",
    "Minister Ada Lind met Governor Tom Reyes in Cebu. They discussed the development of the northern "
    "port and the reconstruction of rural roads.",
    lambda f: "development" not in top(f) and "reconstruction" in top(f),
)


# topics: "cooperation against cybercrime" is about cybercrime; bare cooperation gives way
probe(
    "cooperation-against-a-threat",
    "Minister Eva Sand received Minister Hal Orr in Oslo. They discussed cooperation against cybercrime.",
    lambda f: "cybercrime" in top(f) and "cooperation" not in top(f),
)


# topics: the police as a subject ("information sharing between the police forces", "the training
# of police officers") is law enforcement cooperation; "Police" inside a name or rank is not
probe(
    "police-as-a-topic",
    "Minister Rita Moss received Minister Ivo Kern in Quito. They agreed on the training of police "
    "officers from both countries.",
    lambda f: "law-enforcement-cooperation" in top(f) and "military-training" not in top(f),
)


# topics: labour mobility schemes, returnees and readmission are migration
probe(
    "labour-mobility-is-migration",
    "Minister Kali Tuon met High Commissioner Jo Perrin in Apia. They discussed the labour mobility schemes.",
    lambda f: "migration" in top(f),
)


# topics: "the export of coffee", "cross-border trade", "a market for traders" are trade
probe(
    "export-and-traders-are-trade",
    "Ambassador Lia Conti met Minister Abebe Tola in Addis Ababa. They discussed ways of increasing the "
    "export of coffee to Italy.",
    lambda f: "trade" in top(f),
)


# aid: "to the Royal Malaysian Armed Forces": the capitalised words of a name may lead the part
# read as the receiving institution
probe(
    "recipient-name-led-by-capitalised-words",
    "Port Moresby\n\nAustralia handed over equipment worth $4 million to the Royal Malaysian Armed Forces.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("australia", "royal armed forces")},
)


# aid: "USAID and the Government of X signed an agreement ... USAID will provide $N": aid naming no
# recipient goes to the other party of the signing in its sentence or the one before
probe(
    "recipient-is-the-other-signing-party",
    "Chisinau\n\nThe European Union and the Government of Moldova signed a financing agreement on Monday. "
    "The EU will provide €15 million over three years.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("european union", "moldova")},
)


# aid: "KOICA is implementing a $7 million project in X": an aid agency's project is its aid; a
# firm implementing a project is paid for work, no giver
probe(
    "aid-agency-implementing-a-project",
    "Vientiane\n\nJICA is implementing a $6 million project to improve rural roads in Laos. "
    "Borlak Engineering is implementing a $40 million project in Laos.",
    lambda f: {(d, r, v) for d, r, v, *_ in f["aid"]} == {("jica", "laos", "6000000")},
)


# aid: "Foreign Minister X announced A$N" with no state named: the currency of one state names the
# minister's state, which gives
probe(
    "minister-of-no-state-gives-for-the-currency-state",
    "Canberra\n\nForeign Minister Joanne Pratley announced A$12 million for cyclone recovery in Vanuatu.",
    lambda f: {(d, r, c) for d, r, _, c, _ in f["aid"]} == {("australia", "vanuatu", "AUD")},
)


# aid: "the UN Central Emergency Response Fund (CERF) allocated $N": a known body's acronym before an
# institution's name is part of that name; the fund gives, not the UN
probe(
    "acronym-of-parent-body-joins-the-name",
    "Geneva\n\nThe UN Central Emergency Response Fund (CERF) allocated $4 million to Madagascar.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("un central emergency response fund", "madagascar")},
)


# aid: "India gifted ambulances worth Rs 5 crore to Nepal": "gifted" is a verb of giving
probe(
    "gifted-is-giving",
    "Thimphu\n\nIndia gifted ten ambulances worth Rs 3 crore to Bhutan.",
    lambda f: {(d, r, v, c) for d, r, v, c, _ in f["aid"]} == {("india", "bhutan", "30000000", "INR")},
)


# aid: "disbursed budget support of €20 million": budget support is aid paid into a budget, no budget figure
probe(
    "budget-support-is-aid",
    "Chisinau\n\nThe European Union disbursed budget support of €15 million to Georgia.",
    lambda f: {(d, r, v) for d, r, v, *_ in f["aid"]} == {("european union", "georgia", "15000000")},
)


# aid: "handed over to the Ministry of Health equipment worth $N": the receiver named between the
# verb and the gift
probe(
    "handed-over-to-before-the-gift",
    "Ashgabat\n\nUNICEF handed over to the Ministry of Health cold-chain equipment worth $150,000.",
    lambda f: {(d, r, v) for d, r, v, *_ in f["aid"]} == {("unicef", "ministry of health", "150000")},
)


# aid: "committed NZ$N in budget support to help the Government protect ...": a government of no state
# named receiving is the host's, the state the report is about
probe(
    "bare-government-recipient-is-the-host-state",
    "Apia\n\nAustralia's Foreign Minister Clara Dunn ended a visit to Samoa after committing A$8 million in budget "
    "support to help the Government protect health spending.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("australia", "samoa")},
)


# aid: the -ing forms of verbs of giving: "after committing A$N to", "pledging €N for", "earmarking $N"
probe(
    "ing-forms-of-verbs-of-giving",
    "Honiara\n\nThe minister ended her visit after Australia was committing A$5 million to Solomon Islands. "
    "Norway is pledging NOK 30 million to Nepal.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("australia", "solomon islands"), ("norway", "nepal")},
)


# aid: a report naming no state but the donor's: the state of the first city it names (the dateline's)
# receives the aid given there
probe(
    "recipient-is-the-first-city-state",
    "Chisinau\n\nThe new clinic was built with a grant of $2 million from the Government of Latvia.",
    lambda f: {(r, v) for _, r, v, *_ in f["aid"]} == {("moldova", "2000000")},
)


# aid: a head of state, a secretary of state or a "Foreign Secretary" gives for their state, not for
# their office: "President X of Turkey announced $N", "Foreign Secretary Y announced £N"
probe(
    "head-of-state-and-secretary-give-for-the-state",
    "Ankara\n\nPresident Kemal Arslan of Turkey announced $5 million for flood victims in Pakistan. "
    "Foreign Secretary Edward Hale of the United Kingdom announced £3 million for Nepal.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("turkey", "pakistan"), ("united kingdom", "nepal")},
)


# aid: "directed the allocation of $N in relief to X": "allocation" is a noun of giving; a monarch (King,
# Emir, Sultan) gives for their state, not for their court
probe(
    "allocation-and-monarch-gives-for-the-state",
    "Kuwait City\n\nKuwaiti Emir Sheikh Nawaf directed the allocation of $20 million in relief to Sudan.",
    lambda f: {(d, r, v) for d, r, v, *_ in f["aid"]} == {("kuwait", "sudan", "20000000")},
)

# aid: a High Commissioner (a Commonwealth state's ambassador) or a Chargé d'Affaires gives for their
# state, not for the mission
probe(
    "high-commissioner-and-charge-give-for-the-state",
    "Accra\n\nThe Canadian High Commissioner to Ghana, Laura Bell, announced $4 million for Ghana. "
    "U.S. Chargé d'Affaires Mark Lowe announced $2 million for Togo.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("canada", "ghana"), ("united states", "togo")},
)


# aid: "PARIS, May 2 — Foreign Minister X announced €10 million for Chad": a minister of no state told,
# paying in a currency many states use, gives for the state the report is filed from
probe(
    "minister-of-no-state-gives-for-the-dateline-state",
    "ROME, May 2 (ANSA) - Foreign Minister Paolo Venturi announced €8 million in aid for Niger.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("italy", "niger")},
)


# aid: currency signs of Gulf, Asian and other releases: "Dh50 million", "SR 20 million", "₹5 crore",
# "Rp 10 billion", "R$ 5 million" (Brazil's real, not a dollar)
probe(
    "more-currency-signs",
    "Abu Dhabi\n\nThe UAE donated Dh50 million to Sudan. India provided ₹5 crore to Nepal. "
    "Brazil donated R$ 2 million to Haiti.",
    lambda f: (
        {(d, c) for d, _, _, c, _ in f["aid"]} == {("united arab emirates", "AED"), ("india", "INR"), ("brazil", "BRL")}
    ),
)


# aid: "€1,2 million": a decimal comma before a scale, as translated European releases write it
probe(
    "decimal-comma-before-a-scale",
    "Maputo\n\nPortugal donated €1,5 million to Mozambique.",
    lambda f: {(v, c) for _, _, v, c, _ in f["aid"]} == {("1500000", "EUR")},
)


# aid: "provided $N to the Government of Nepal": a government receiving stands for its state
probe(
    "government-recipient-is-its-state",
    "Beijing\n\nChina provided 50 million yuan in emergency assistance to the Government of Tonga.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("china", "tonga")},
)


# aid: "Spanish Cooperation will provide €N", "Irish Aid has provided €N": a state's aid programme named
# by its demonym and "Cooperation"/"Aid" is an institution, and it gives
probe(
    "demonym-cooperation-is-an-aid-programme",
    "Maputo\n\nPortuguese Cooperation will provide €12 million to Mozambique. Irish Aid has provided €3 million "
    "to Malawi.",
    lambda f: (
        {(d, r) for d, r, *_ in f["aid"]} == {("cooperation", "mozambique"), ("aid", "malawi")}
        and {("cooperation", "PT"), ("aid", "IE")} <= f["organizations"]
    ),
)


# aid: "New Zealand's development cooperation with Tonga totals $N", "with €N in cooperation since 1993":
# a state's development cooperation is aid ("in cooperation with" is no sum given)
probe(
    "development-cooperation-totals-are-aid",
    "Nuku'alofa\n\nThe minister visited Tonga. Australia's development cooperation with Tonga totals "
    "A$40 million this year.",
    lambda f: {(d, r, v) for d, r, v, *_ in f["aid"]} == {("australia", "tonga", "40000000")},
)


# aid: "with more than €300 million in cooperation since 1993, according to the Ministry of Foreign
# Affairs": "in cooperation" is giving, and "according to" names a source, no receiver
probe(
    "according-to-names-no-recipient",
    "Dakar\n\nThe minister visited Senegal. Luxembourg is one of Senegal's main partners, with more than "
    "€200 million in cooperation since 1995, according to the Ministry of Foreign Affairs.",
    lambda f: {(d, r, q) for d, r, _, _, q in f["aid"]} == {("luxembourg", "senegal", "over")},
)


# aid: "the UK's £10 million package for Ukraine includes ...": a package before its receiver is a sum
# set aside for another, however the sentence goes on
probe(
    "package-after-the-amount",
    "Oslo\n\nNorway's NOK 50 million package for Moldova includes energy equipment.",
    lambda f: {(d, r, v) for d, r, v, *_ in f["aid"]} == {("norway", "moldova", "50000000")},
)


# aid: "With a $2 million grant from the Government of Japan, UNICEF will vaccinate ...": the sum of an
# opening "With ..." phrase goes to the main clause's subject
probe(
    "with-funding-opening-goes-to-the-subject",
    "Kathmandu\n\nWith €3 million from the European Union, UNDP will rebuild schools in Nepal.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("european union", "undp")},
)


# aid: "a maximum of $N", "not exceeding $N" bound the sum from above, as "up to" does
probe(
    "maximum-of-is-up-to",
    "Canberra\n\nAustralia will provide a maximum of A$6 million to Nauru.",
    lambda f: {q for *_, q in f["aid"]} == {"up-to"},
)


# aid: "USAID launched a new $10 million project in X": a project an aid agency launches is its aid; one a
# firm launches is not
probe(
    "aid-agency-launching-a-project",
    "Dushanbe\n\nUSAID launched a new $8 million project to improve health care in Tajikistan. "
    "Pamir Energy launched a $30 million project in Tajikistan.",
    lambda f: {(d, r, v) for d, r, v, *_ in f["aid"]} == {("usaid", "tajikistan", "8000000")},
)


# aid: "$2 million each to Laos and Cambodia": the sum once for each receiver listed
probe(
    "each-to-several-receivers",
    "Wellington\n\nNew Zealand will provide NZ$1 million each to Tonga and Samoa.",
    lambda f: {(r, v) for _, r, v, *_ in f["aid"]} == {("tonga", "1000000"), ("samoa", "1000000")},
)


# aid: "Tajikistan signed a $30 million grant agreement with the Asian Development Bank": the bank or fund
# a state signs with gives, and the state receives
probe(
    "lender-signed-with-gives",
    "Bishkek\n\nKyrgyzstan signed a $25 million loan agreement with the Islamic Development Bank.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("islamic development bank", "kyrgyzstan")},
)


# aid: "the Ministry of Finance and the World Bank signed a $50 million loan agreement": of a state's body
# and a bank or fund signing together, the bank or fund gives
probe(
    "lender-among-a-ministry-and-a-bank",
    "Ulaanbaatar\n\nThe Ministry of Finance of Mongolia and the Asian Development Bank signed a $40 million "
    "loan agreement.",
    lambda f: {d for d, *_ in f["aid"]} == {"asian development bank"},
)


# "watched a joint patrol exercise" / "The bilateral exercise, which began on ...": an exercise of the
# report's two states, its forces named by unit; one the sides only reviewed or planned is none
probe(
    "joint-exercise-of-the-two-states",
    "Colonel Ivo Marten of Estonia visited Latvia on 6 May. On 7 May, he watched a joint river patrol drill "
    "by Estonian and Latvian boat teams. The two commanders reviewed the results of the joint exercise held "
    "last year.",
    lambda f: (
        ("exercise", "2024-05-07") in dated(f)
        and ("exercise", frozenset({("estonia", "attendee"), ("latvia", "attendee")})) in eng(f)
        and len([k for k, _ in f["engagements"] if k == "exercise"]) == 1
    ),
)


# a meeting of a visit to one state that nothing places: the capital of that state
probe(
    "unplaced-visit-meeting-at-the-capital",
    "General Akram Tursunov of Uzbekistan arrived in India on 5 May for an official visit. On 6 May, he was "
    "received by the Defence Secretary of India, Rohit Malhotra.",
    lambda f: ("reception", "new delhi") in placed(f),
)


# "the head of the Uzbek delegation was received by": the visitor told of, not the state of the demonym
probe(
    "head-of-the-delegation-is-the-visitor",
    "General Akram Tursunov of Uzbekistan arrived in New Delhi on 5 May for an official visit. On 6 May, the "
    "head of the Uzbek delegation was received by the Defence Secretary of India, Rohit Malhotra.",
    lambda f: ("reception", frozenset({("akram tursunov", "visitor"), ("rohit malhotra", "host")})) in eng(f),
)


# "paid a courtesy visit to Headquarters Ghana Air Force, where he was received by": a call at an
# institution, told by the reception, is no visit (a visit is to a state)
probe(
    "courtesy-visit-to-an-institution-is-no-visit",
    "Air Chief Marshal Tariq Hamid of Pakistan yesterday paid a courtesy visit to Headquarters Ghana Air Force "
    "in Accra, where he was received by Air Vice Marshal Kofi Mensah.",
    lambda f: (
        {k for k, _ in f["engagements"]} == {"reception"}
        and ("reception", frozenset({("tariq hamid", "visitor"), ("kofi mensah", "host")})) in eng(f)
    ),
)


# "as she concludes her visit today ... arrived in Apia on Monday": the first arrival gives the visit
# told before its first day and city
probe(
    "arrival-dates-the-visit-told-before",
    "Minister Hana Kowalczyk announced new aid as she concludes her first visit to Samoa today.\n\n"
    "Ms Kowalczyk arrived in Apia on Monday and called on Prime Minister Lemalu Tuilagi the same day.",
    lambda f: ("visit", "2024-05-06") in dated(f) and ("visit", "2024-05-10") not in dated(f),
)


# "came to the Latvian capital on a one-day working visit", its words naming no day: the day of its talks
probe(
    "one-day-visit-dated-by-its-part",
    "Estonia's Minister of Defence Karl Tamm was received in Riga on Tuesday, 7 May, by the Minister of Defence, "
    "Andris Ozols. The Estonian minister came to the Latvian capital on a one-day working visit.",
    lambda f: ("visit", "2024-05-07") in dated(f),
)


# "the visit to Moldova on 3-4 March of the Commissioner, X": the state, its days, then the visitor
probe(
    "visit-to-state-of-visitor",
    "The agreement follows the visit to Georgia on 3-4 March of the European Commissioner for Energy, Lena Vasquez.",
    lambda f: (
        ("visit", frozenset({("lena vasquez", "visitor"), ("georgia", "host")})) in eng(f)
        and ("visit", "2024-03-03") in dated(f)
    ),
)


# "The fifth session ... was held in Bern on 7 May. It was co-chaired by A and B", "The session,
# co-chaired by A and B, was held ...": the session's day and city are the meeting's; the session
# (the passive's subject) is no party
probe(
    "session-held-co-chaired",
    "The fifth session of the Joint Commission was held in Lisbon on 7 May. It was co-chaired by Minister "
    "Rui Matos and Minister Ines Kallas.\n\nThe sixth session of the Trade Council, co-chaired by Minister "
    "Rui Matos and Minister Paavo Lind, was held in Tallinn on 8 May.",
    lambda f: (
        {("meeting", "2024-05-07"), ("meeting", "2024-05-08")} <= dated(f)
        and ("meeting", "lisbon") in placed(f)
        and ("meeting", frozenset({("rui matos", "attendee"), ("paavo lind", "attendee")})) in eng(f)
    ),
)


# "exchanged pleasantries with the Minister": a courtesy meeting
probe(
    "exchanged-pleasantries",
    "Upon arrival in Accra on 7 May, General Tariq Hamid exchanged pleasantries with Minister Kofi Mensah.",
    lambda f: (
        ("meeting", "2024-05-07") in dated(f)
        and ("meeting", frozenset({("tariq hamid", "attendee"), ("kofi mensah", "attendee")})) in eng(f)
    ),
)


# "recalled last year's visit of X", "since the visit of President X in 2019": a visit of the past, not told
probe(
    "past-visits-are-no-engagements",
    "President Lena Ortiz received Minister Pablo Ruiz in Quito on 7 May. She recalled last year's visit of "
    "President Ana Castro to Spain and noted that trade had doubled since the visit of King Felipe to Ecuador "
    "in 2019.",
    lambda f: {k for k, _ in f["engagements"]} == {"reception"},
)


# "The visit reciprocates the Commander's visit to Lima in 2023", "when he visited Quito in 2021":
# a visit or meeting its clause sets in a year before the report's is history
probe(
    "visit-of-a-past-year",
    "Admiral Jorge Salas arrived in Quito on 6 May for talks with Admiral Rosa Vera. The visit reciprocates "
    "Admiral Vera's visit to Lima in 2023.",
    lambda f: (
        ("visit", frozenset({("jorge salas", "visitor"), ("ecuador", "host")})) in eng(f)
        and not any(("rosa vera", "visitor") in p for _, p in eng(f))
    ),
)


# "in Cox's Bazar": a town whose name holds a possessive, written in plain letters and apostrophe
probe(
    "town-with-possessive-name",
    "On 7 May, Minister Lisa Rolle met Commissioner Tomas Akand in Cox's Bazar.",
    lambda f: ("meeting", "cox's bazar") in placed(f),
)


# "before meeting the Refugee Relief and Repatriation Commissioner, X": a title the lexicon does not
# know, between the verb and the name, does not end the list of those met
probe(
    "unknown-title-before-the-name",
    "On Sunday, Minister Cara Wells toured a clinic before meeting the Flood Relief and Resettlement "
    "Commissioner, Tarek Hossain, in Dhaka.",
    lambda f: ("meeting", frozenset({("cara wells", "visitor"), ("tarek hossain", "host")})) in eng(f),
)


# "met Bangladesh's Flood Relief Commissioner, X", "met with the newly elected Mayor, Y": the holder
# is met, not the state, and "newly elected" does not end the list
probe(
    "states-unknown-title-and-newly-elected",
    "On 7 May, Minister Cara Wells met Bangladesh's Flood Relief Commissioner, Tarek Hossain. On 8 May, she met "
    "with the newly elected Mayor, Nadia Rahman.",
    lambda f: (
        ("meeting", frozenset({("cara wells", "attendee"), ("tarek hossain", "attendee")})) in eng(f)
        and ("meeting", frozenset({("cara wells", "attendee"), ("nadia rahman", "attendee")})) in eng(f)
    ),
)


# "The ship arrived at Port Louis on 6 May", "docked in Duqm": an arrival at a city names the visit's
# city and first day (not "arrived at the airport")
probe(
    "arrived-at-city",
    "The Pakistan Navy ship PNS Tabuk arrived at Port Louis on 6 May on a goodwill visit to Mauritius.",
    lambda f: ("visit", "port louis") in placed(f) and ("visit", "2024-05-06") in dated(f),
)


# a port call: "The frigate arrived in Port Louis ... The ship's Commanding Officer called on the Prime
# Minister the following day": the captain's call is part of the ship's visit, in its city
probe(
    "port-call-captain-meeting-placed",
    "The Royal Navy frigate HMS Arbroath arrived in Port Louis on 6 May for a four-day port visit. The ship's "
    "Commanding Officer, Commander James Hale, called on the Prime Minister, Navin Ramgoolam, the following day.",
    lambda f: ("meeting", "port louis") in placed(f) and ("meeting", "2024-05-07") in dated(f),
)


# "received by his Ghanaian counterpart, the CAS, Air Vice Marshal X": the counterpart and an acronym
# title before the name do not end the list of those named
probe(
    "counterpart-acronym-title-before-name",
    "Air Chief Marshal Tariq Hamid of Pakistan was received on 7 May by his Ghanaian counterpart, the CAS, "
    "Air Vice Marshal Kofi Mensah.",
    lambda f: ("reception", frozenset({("tariq hamid", "visitor"), ("kofi mensah", "host")})) in eng(f),
)


# "met the director of the Kafue hydropower plant, Mr. X": a head of something, in lower case, before the name
probe(
    "head-of-something-before-name",
    "On 8 May, Minister Mark Hale met the director of the Kafue hydropower plant, Mr. John Banda, in Lusaka.",
    lambda f: ("meeting", frozenset({("mark hale", "attendee"), ("john banda", "attendee")})) in eng(f),
)


# "The signing ceremony was attended by A, B and C": those present at the signing told before, not a
# second signing of their own
probe(
    "signing-ceremony-attended-by",
    "Vice Minister Bat Ganzorig and Country Director Lee Min-jae yesterday signed a record of discussions on "
    "a training centre.\n\nThe signing ceremony was attended by Ambassador Yoon Sang-chul and Vice President "
    "Han Seung-ho.",
    lambda f: [k for k, _ in f["engagements"]].count("agreement-signing") == 1,
)


# "the two ministers signed the Agreed Minutes, while A and B signed a memorandum": one signing, by all
probe(
    "signed-together-in-one-sentence",
    "On 7 May, Minister Ana Lopes held talks with Minister Rui Tavares in Praia.\n\nAt the close of the talks, "
    "the two ministers signed the Agreed Minutes, while Director Carla Mendes and Director Paulo Neves signed a "
    "memorandum of understanding on power lines.",
    lambda f: (
        [k for k, _ in f["engagements"]].count("agreement-signing") == 1
        and ("carla mendes", "attendee") in next(p for k, p in eng(f) if k == "agreement-signing")
        and ("ana lopes", "attendee") in next(p for k, p in eng(f) if k == "agreement-signing")
    ),
)


# "was greeted on 7 May in Accra by X": a reception, as the active "X greeted" already is
probe(
    "greeted-by-is-a-reception",
    "General Tariq Hamid was greeted on 7 May in Accra by Air Vice Marshal Kofi Mensah.",
    lambda f: ("reception", frozenset({("tariq hamid", "visitor"), ("kofi mensah", "host")})) in eng(f),
)


# "inaugurated in Ungheni a joint contact centre": the city between the verb and what was opened
probe(
    "inaugurated-in-city-a-thing",
    "On 3 March, Commissioner Ingrid Hale and Minister Dorin Turcanu inaugurated in Cahul a joint contact centre.",
    lambda f: ("ceremony", "cahul") in placed(f) and ("ceremony", "2024-03-03") in dated(f),
)


# a ceremony within a visit ("On 3 March, the Commissioner and the Minister inaugurated a centre"): both
# attend as equals, as signatories do, neither its visitor nor host
probe(
    "ceremony-within-a-visit-attended-as-equals",
    "Commissioner Ingrid Hale arrived in Chisinau on 2 March for a visit to Moldova. On 3 March, Commissioner "
    "Hale and Minister Dorin Turcanu inaugurated in Cahul a joint contact centre.",
    lambda f: ("ceremony", frozenset({("ingrid hale", "attendee"), ("dorin turcanu", "attendee")})) in eng(f),
)


# statements: a signing is the signatories' act, those "in the presence of" it sign nothing, and a
# document told again ("The agreement was signed by") is about what its first telling said
probe(
    "signed-by-the-signatories",
    "The Nordic Bank and the Government of Palmaria signed a loan agreement to rebuild irrigation canals. "
    "The agreement was signed in Vella by Minister of Finance Aro Tenn and the Bank's Director, Lise Brun, "
    "in the presence of Prime Minister Kai Ossel.",
    lambda f: (
        ("signed", frozenset({"aro tenn", "lise brun"}), frozenset({"agriculture"})) in st(f)
        and not any(a == "signed" and "kai ossel" in who for a, who, _ in st(f))
    ),
)
# statements: "the two ministers signed a memorandum on ...": the ministers the talks had
probe(
    "the-two-ministers-signed",
    "Minister of Defence Ivo Rant held talks with Minister of Defence Ugo Selle in Vella. Following the "
    "talks, the two ministers signed a memorandum of understanding on defence industry cooperation.",
    lambda f: ("signed", frozenset({"ivo rant", "ugo selle"}), frozenset({"defense-cooperation"})) in st(f),
)

# statements: "X was received by Y, with whom he discussed ...": both discussed it
probe(
    "discussed-with-whom",
    "Minister Ola Brenn was received by Prime Minister Tomas Vell, with whom he discussed trade and transport.",
    lambda f: ("discussed", frozenset({"ola brenn", "tomas vell"}), frozenset({"trade", "transport"})) in st(f),
)

# statements: "X said Japan valued ... and pledged ...": the speaker pledged, not the state spoken of
probe(
    "said-and-pledged",
    "Minister Ivo Rant received State Minister Kenta Mori in Vella. Mori said Japan valued Palmaria as a "
    "partner and pledged continued support for maritime security.",
    lambda f: any(a == "pledged" and who == frozenset({"kenta mori"}) for a, who, _ in st(f)),
)

# topics: new substations are energy, the mine threat is demining, border checkpoints are border security
probe(
    "substations-mines-checkpoints",
    "Minister Ivo Rant received Ambassador Lena Vogt in Vella. He briefed her on the new substations put "
    "into operation and on the mine threat in the east, and the Ambassador visited two checkpoints.",
    lambda f: {"energy", "demining", "border-security"} <= top(f),
)

# topics: "floods and other emergencies", "monsoon preparedness", "early warning" are emergency response
probe(
    "emergencies-are-emergency-response",
    "Colonel Ama Serwaa received Ambassador Li Wen in Accra. She noted that the trucks would help the army "
    "respond to floods and other emergencies.",
    lambda f: "emergency-response" in top(f),
)

# statements: "Notes on the grant were exchanged ...": a capitalised noun, no one "noted"
probe(
    "notes-on-is-a-noun",
    "Notes on the grant were exchanged in Vella today by Ambassador Kenta Mori and Minister Aida Rant.",
    lambda f: not any(a == "stressed" for a, _, _ in st(f)),
)

# topics: "the road between two towns" is transport, "agricultural value chains" agriculture
probe(
    "road-and-value-chains",
    "The Nordic Fund signed a loan agreement with Palmaria to upgrade the road between Vella and Oster and "
    "to support agricultural value chains.",
    lambda f: {"transport", "agriculture"} <= top(f),
)

# topics: bare "cooperation" is what every report tells of, no topic of its own
probe(
    "bare-cooperation-is-no-topic",
    "Minister Ivo Rant received Ambassador Lena Vogt in Vella. They discussed the development of cooperation "
    "between the two countries and cooperation in energy.",
    lambda f: "cooperation" not in top(f) and "energy" in top(f),
)


# organizations: a national body named with no state, in a report filed from a capital, is that
# state's ("ACCRA, ... at the Ministry of Defence"); an international one stays stateless
probe(
    "home-institution-from-dateline",
    "LUSAKA, March 3 - Colonel Tembo Mwale of the Zambia Army received a World Food Programme team at the "
    "Ministry of Defence on Monday.",
    lambda f: {("ministry of defence", "ZM"), ("world food programme", "")} <= f["organizations"],
)


# organizations: with no dateline, a letterhead naming a state's institution ("ZAMBIA ARMY") tells the
# report's own state, and a national body named bare is that state's
probe(
    "home-institution-from-letterhead",
    "ZAMBIA ARMY\nPublic Relations\n\nColonel Tembo Mwale received officers of the Signals Regiment at the "
    "Ministry of Defence on Monday.",
    lambda f: ("ministry of defence", "ZM") in f["organizations"],
)


# organizations: a regiment, battalion, fleet, squadron or headquarters is a state's armed body, so
# it takes the report's state when named bare
probe(
    "military-units-are-national",
    "LUSAKA, March 3 - Officers of the Signals Regiment and the Defence Headquarters met the visitors.",
    lambda f: {("signals regiment", "ZM"), ("defence headquarters", "ZM")} <= f["organizations"],
)


# organizations: a junior minister's "Minister of State for <remit>" sits in the Ministry of the
# remit, not a "Ministry of State"; "State Minister X" later is in the ministry the fuller title named
probe(
    "minister-of-state-remit",
    "The Minister of State for Trade, Mary Kelani, visited Lilongwe. State Minister Kelani met traders.",
    lambda f: (
        ("ministry of trade", "") in f["organizations"]
        and not any(name.startswith("ministry of state") for name, _ in f["organizations"])
    ),
)


# organizations: a known organization's name with "Delegation", "Mission" or "Office" after it is
# that office's one name ("the EU Delegation to Samoa"), which "the Delegation" later names again
probe(
    "known-organization-office",
    "The EU Delegation to Samoa announced EUR 5 million for schools. The Delegation said work starts in June.",
    lambda f: f["organizations"] == {("eu delegation", "")},
)


# organizations: an academy, institute or inspectorate "of" a ministry is named whole ("the Police
# Academy of the Ministry of Interior"), within the ministry, where a staff or bureau is named alone
probe(
    "academy-of-ministry-named-whole",
    "NAIROBI, March 3 - Germany handed over simulators to the Police Academy of the Ministry of Interior.",
    lambda f: {("police academy of ministry of interior", "KE"), ("ministry of interior", "KE")} <= f["organizations"],
)


# organizations: fields joined by "and" end a name even when the lexicon lacks the last one
# ("the Institute of Marine Science and Oceanography", "Foreign Affairs and Human Mobility")
probe(
    "name-ends-with-unlisted-field",
    "France gave 2 million euros to the Institute of Marine Science and Oceanography for new buoys.",
    lambda f: ("institute of marine science and oceanography", "") in f["organizations"],
)


# organizations: "in <world region>" ends an institution's name as its remit ("the Fund for Water
# Security in Central Asia"); the region is still a place the report names
probe(
    "name-ends-in-world-region",
    "The Fund for Water Security in Central Asia granted USD 3 million to the Ministry of Agriculture.",
    lambda f: (
        ("fund for water security in central asia", "") in f["organizations"]
        and ("central asia", "region") in f["places"]
    ),
)


# organizations: a name headed only by a region's word ("Kavango Province", "Tessin Canton") is a
# place, not a body; "the Government of Tessin Canton" is one
probe(
    "province-is-no-organization",
    "Japan delivered tents to families in Kavango Province and signed a grant with the Government of Tessin Canton.",
    lambda f: {name for name, _ in f["organizations"]} == {"government of tessin canton"},
)


# organizations: words after "Minister of" that open with a field are the ministry's remit even
# when an institution word is among them ("Minister of Territorial Administration and Housing",
# "Minister of the Armed Forces"): the post is in a Ministry of those words
probe(
    "minister-remit-with-institution-word",
    "DAKAR - The Minister of Territorial Administration and Housing, Awa Ndiaye, received the mission.",
    lambda f: {name for name, _ in f["organizations"]} == {"ministry of territorial administration and housing"},
)


# organizations: a bare head word ("the Agency said") that no organization named before ends with
# names none; it is not recorded as an organization called "Agency"
probe(
    "bare-head-word-is-no-organization",
    "Flour worth USD 2 million reached Naryn on Monday, the Agency said.",
    lambda f: not f["organizations"],
)


# organizations: capitalised words ending with an institution head right after a known
# organization's short name name a body of it, whole ("the UN Water Response Fund")
probe(
    "known-organization-body",
    "The UN Water Response Fund allocated USD 4 million to the families hit by the floods.",
    lambda f: {name for name, _ in f["organizations"]} == {"un water response fund"},
)


# organizations: a town's name the gazetteer lacks, after "<institution head> of", ends the name
# with its particles ("the District Government of Vila do Mucaro"); no "District Government" alone
probe(
    "institution-of-unlisted-town",
    "Portugal handed over two ambulances to the District Government of Vila do Mucaro on Monday.",
    lambda f: ("district government of vila do mucaro", "") in f["organizations"],
)


# organizations: with neither dateline nor letterhead, the first town the body names tells the
# report's own state, which a national body named bare takes
probe(
    "home-institution-from-first-town",
    "Flood aid arrives\n\nA Japanese team handed over pumps in Lusaka on Monday to the Disaster Management "
    "Unit and the Ministry of Health.",
    lambda f: ("ministry of health", "ZM") in f["organizations"],
)


# organizations: a directorate, administration, secretariat, institute, centre, board or office
# named bare is the report's own state's as a ministry is
probe(
    "home-offices-and-institutes",
    "LUSAKA, March 3 - The Disaster Management Office and the Institute of Water Research received pumps.",
    lambda f: {("disaster management office", "ZM"), ("institute of water research", "ZM")} <= f["organizations"],
)


# organizations: an international organization whose name holds a city ("Shanghai Cooperation
# Organisation") belongs to no state
probe(
    "international-organization-has-no-state",
    "ASTANA, July 4 - The leaders attended the summit of the Shanghai Cooperation Organisation.",
    lambda f: ("shanghai cooperation organisation", "") in f["organizations"],
)


# organizations: a state's development agency known by its short name belongs to that state
# though no word of the name says so ("KOICA" is Korea's)
probe(
    "national-agency-has-its-state",
    "KOICA handed over two ambulances to the hospital in Osh on Monday.",
    lambda f: ("koica", "KR") in f["organizations"],
)


# aid: "totals $N over the 2021–2024 triennium", "for 2024-2026", "for 2025": a span of years as
# releases write it starts the aid's period
probe(
    "aid-period-as-a-span-of-years",
    "Apia\n\nAustralia will provide A$6 million to Samoa for 2025\u20132027 to upgrade water supply.",
    lambda f: {s for _, _, s, _ in f["aid-terms"]} == {"2025"},
)


# aid: "$12 million for the National Police", "to the St. Mary Police Division": aid to a police force
# is in DAC 15132 (police), not the 152 of armies and border guards
probe(
    "aid-to-a-police-force-is-15132",
    "Port Louis\n\nFrance will provide \u20ac3 million to the Mauritius Police Force for new patrol vehicles.",
    lambda f: {s for *_, s in f["aid-terms"]} == {frozenset({"15132"})},
)


# aid: "X signed a grant agreement with Y. The grant, worth N, will fund ...": the sum of the grant the
# sentence before tells of is that grant's, its giver and receiver the signing's
probe(
    "the-grant-worth-after-a-signing",
    "Vientiane\n\nKorea signed a loan agreement with the Government of Laos on Monday. The loan, amounting "
    "to $40 million, will finance two bridges.",
    lambda f: {(d, r, v) for d, r, v, *_ in f["aid"]} == {("south korea", "laos", "40000000")},
)


# aid: "IOM's response is supported by the EU, which provided €5 million, and by Japan, which contributed
# $1.5 million": the body whose work is supported receives each sum
probe(
    "supported-work-receives",
    "Kabul\n\nUNHCR's work in Afghanistan is funded by Germany, which gave $3 million, and by Norway, "
    "which contributed $2 million.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("germany", "unhcr"), ("norway", "unhcr")},
)


# aid: "Qatar will give the Lebanese Army $20 million", "granted the Coast Guard a further $2 million": the
# one named between a verb of giving and the sum receives it
probe(
    "given-object-before-the-sum",
    "Aden\n\nKuwait gave the Yemeni Army an additional $4 million for salaries.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("kuwait", "army")},
)


# aid: "€25 million for a vocational training programme": a purpose the topic's words name within its
# category is the sector (11330, vocational training), not the category (111, education)
probe(
    "vocational-training-is-11330",
    "Ulaanbaatar\n\nAustria has pledged EUR 5 million for vocational training in Mongolia.",
    lambda f: {s for *_, s in f["aid-terms"]} == {frozenset({"11330"})},
)


# aid: "the project, with a budget of €5 million funded by the EU, will ...": a budget or cost a giver
# named right after it pays is aid
probe(
    "budget-funded-by-a-giver",
    "Skopje\n\nThe programme, with a total budget of \u20ac4 million financed by Sweden, will train "
    "judges in North Macedonia.",
    lambda f: {(d, r, v) for d, r, v, *_ in f["aid"]} == {("sweden", "north macedonia", "4000000")},
)


# aid: "The total cost of the project is $100 million, of which the Bank will provide $80 million": the
# cost is the whole's; the part a giver provides is aid
probe(
    "part-of-a-cost-provided",
    "Dushanbe\n\nThe project will cost $60 million, of which the Islamic Development Bank will provide "
    "$45 million to Tajikistan.",
    lambda f: {(d, r, v) for d, r, v, *_ in f["aid"]} == {("islamic development bank", "tajikistan", "45000000")},
)


# aid: "China's Exim Bank provided a $500 million loan": the institution a state's possessive names gives
# (the state is not given to)
probe(
    "state-possessive-institution-gives",
    "Vientiane\n\nKorea's Export-Import Bank provided a $70 million loan to Laos for a bridge.",
    lambda f: {r for _, r, *_ in f["aid"]} == {"laos"} and all("bank" in d for d, *_ in f["aid"]),
)


# aid: "In response to the UN flash appeal, Japan provided $5 million", "In line with its trade policy, ...":
# a sentence's opening phrase names neither the giver nor what kind of sum follows
probe(
    "opening-phrase-is-no-giver",
    "MAPUTO \u2014 Following a request from the World Health Organization, Portugal donated \u20ac2 million "
    "to Mozambique.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("portugal", "mozambique")},
)


# aid: "handed over equipment worth $90,000 to the Provincial Hospital": aid naming no sector, to a body
# whose work is one sector (a hospital: 121; a mine action centre: 15250), is in that sector
probe(
    "institution-sector-of-a-hospital",
    "Vientiane\n\nAustralia handed over equipment worth A$200,000 to the Savannakhet Provincial Hospital.",
    lambda f: {s for *_, s in f["aid-terms"]} == {frozenset({"121"})},
)


# aid: "donated €50,000 to the Civil Protection Directorate": aid to an emergency service is in DAC 720
probe(
    "institution-sector-of-an-emergency-service",
    "Podgorica\n\nSlovenia donated \u20ac50,000 to the Directorate for Emergency Management.",
    lambda f: {s for *_, s in f["aid-terms"]} == {frozenset({"720"})},
)


# aid: "Russia, which has given $70 million since 2013, will provide a further $4.5 million in 2024": the
# years told after an amount are its own, else those told before it
probe(
    "each-amount-its-own-years",
    "Bishkek\n\nKorea, which has contributed $30 million to UNICEF since 2010, will provide a further "
    "$2 million to UNICEF in 2025.",
    lambda f: {s for _, _, s, _ in f["aid-terms"]} == {"2010", "2025"},
)


# records: a signing told as history ("dates back to 1980, when ... signed") is no engagement, and
# the act read with it is none of the report's (it once raised KeyError: the statement pointed at
# the engagement left out)
probe(
    "signed-statement-of-a-signing-in-history",
    "Santiago\n\nForeign Minister Ana Rojas received Foreign Minister Luis Prado on Tuesday. Cooperation "
    "between the two ministries dates back to 1980, when Minister Rojas and Minister Prado signed the first "
    "agreement on trade.",
    lambda f: eng(f) == {("reception", frozenset({("ana rojas", "host"), ("luis prado", "visitor")}))} and not st(f),
)


# attributions: "X told <agency>" credits X, a person or an office, as "X said" does
probe(
    "told-the-agency",
    "Norway will give EUR 2 million to Moldova for flood relief, Foreign Minister Ivo Rant told Vellapress on Monday.",
    lambda f: any(a == "ivo rant" for a, _ in f["attributions"]),
)

# attributions: "according to a statement from Palmaria's Ministry of X": the ministry is the source
probe(
    "according-to-a-statement-from",
    "Minister Ivo Rant received Ambassador Lena Vogt in Vella on Monday. According to a statement issued by "
    "Palmaria's Ministry of Foreign Affairs, the two discussed trade and energy.",
    lambda f: ("ministry of foreign affairs", "discussed") in f["attributions"],
)


# attributions: "according to the statement" is the source credited last
probe(
    "according-to-the-statement",
    "Minister Ivo Rant received Ambassador Lena Vogt in Vella on Monday, the Ministry of Foreign Affairs said "
    "in a statement.\n\nLater, Rant held a telephone call with Minister Aida Kov, according to the statement.",
    lambda f: ("ministry of foreign affairs", "phone-call") in f["attributions"],
)


# attributions: "the foreign ministry spokesman, X, said" credits the ministry of its portfolio
probe(
    "the-foreign-ministry-spokesman",
    "Minister of Defence Ivo Rant and Foreign Minister Aida Kov received Minister Lena Vogt in Vella on "
    "Monday. The two sides discussed trade, the foreign ministry spokesman, Tomas Berg, said in a statement.",
    lambda f: ("ministry of foreign affairs", "discussed") in f["attributions"],
)


# attributions: "according to the Ministry of Energy, Mines and Water": the name runs past its commas
probe(
    "according-to-a-name-with-commas",
    "Minister Ivo Rant received Ambassador Lena Vogt in Vella on Monday. The two discussed solar power, "
    "according to the Ministry of Energy, Mines and Water.",
    lambda f: any(a == "ministry of energy mines and water" for a, _ in f["attributions"]),
)


# attributions: "..., said Minister X." then "He said ..." credit X with what the second sentence tells
probe(
    "said-minister-x-then-he-said",
    "Malaysia and Chile aim to double their trade by 2027, said Minister of Trade Ivo Rant. He said the "
    "two sides agreed on the target when he met Chilean Trade Minister Aida Kov in Kuala Lumpur today.",
    lambda f: any(a == "ivo rant" for a, _ in f["attributions"]),
)


# attributions: ", the statement said" credits its own sentence, not the sentences before it
probe(
    "the-statement-said-closes-its-own-sentence",
    "Minister Ivo Rant received Ambassador Lena Vogt in Vella on Monday, the Ministry of Foreign Affairs said."
    "\n\nOn Tuesday, Rant held a telephone call with Foreign Minister Aida Kov of Chile. Vogt thanked Rant "
    "for the warm welcome, the statement said.",
    lambda f: (
        ("ministry of foreign affairs", "thanked") in f["attributions"]
        and ("ministry of foreign affairs", "phone-call") not in f["attributions"]
    ),
)


# attributions: "the ministry said" when only a deputy minister is named is the deputy's ministry
probe(
    "the-ministry-of-a-deputy-minister",
    "Deputy Minister of Health Ivo Rant received Ambassador Lena Vogt in Vella on Monday, the ministry said.",
    lambda f: any(a == "ministry of health" for a, _ in f["attributions"]),
)


# attributions: "The EU announced EUR 20 million in aid" is the donor's act, not a source of the aid
probe(
    "announcing-aid-is-no-attribution",
    "The European Union announced on Tuesday EUR 20 million in humanitarian aid for refugees in Chad.",
    lambda f: not f["attributions"] and bool(f["aid"]),
)


# attributions: "X noted that trade had reportedly doubled": a hedge inside what X said is X's, so the
# sentence rests on no earlier source
probe(
    "a-hedge-inside-a-that-clause",
    "Minister Ivo Rant received Ambassador Lena Vogt in Vella on Monday, the Ministry of Foreign Affairs said."
    "\n\nVogt thanked Rant for the warm welcome and noted that trade had reportedly doubled.",
    lambda f: ("ministry of foreign affairs", "thanked") not in f["attributions"],
)


@pytest.mark.parametrize(("text", "check", "published"), READINGS)
def test_the_genre_is_read_as_written(text: str, check: Check, published: str) -> None:
    found = facts(extract(text, published=published))
    assert check(found), {kind: sorted(map(repr, v)) for kind, v in found.by_kind.items() if v}


# a city named as another state's city is ("Tripoli" in Libya and in Lebanon): the one in the state the
# report names, so a trip there is no visit to the state not named
probe(
    "homonym-city-in-the-state-named",
    "Beirut, 10 May - Prime Minister Karim Saade received the Greek Minister of Shipping, Nikos Varelas. "
    "On Thursday, Minister Varelas visited the port of Tripoli.",
    lambda f: not any(k == "visit" and ("libya", "host") in p for k, p in eng(f)),
)


# "visited the naval base, where he was briefed by the Commander, X": a meeting, X its host
probe(
    "briefed-by-is-a-meeting",
    "On 8 May, Minister Nikos Varelas visited the naval base in Limassol, where he was briefed by the Commander "
    "of the Navy, Commodore Andreas Loizou, on the patrols.",
    lambda f: (
        ("meeting", frozenset({("nikos varelas", "visitor"), ("andreas loizou", "host")})) in eng(f)
        and ("meeting", "limassol") in placed(f)
    ),
)


# a town whose name ends in a capital's ("Mocímboa da Praia" holds "Praia"): the town is named, wherever
# it stands ("the District Government of Mocímboa da Praia"), not the capital
probe(
    "town-name-holding-a-capital",
    "On 5 June, Minister Jean Bosco Habimana handed over school furniture to the District Government of "
    "Mocímboa da Praia.",
    lambda f: ("aid-delivery", "mocimboa da praia") in placed(f) and ("aid-delivery", "praia") not in placed(f),
)


# "the port of Mariel, where he was briefed by X": a town after "the port/town/city/village of" is a place
probe(
    "town-after-port-of",
    "On 7 May, Minister Dinh Cong Khoa travelled to the port of Mariel, where he was briefed by Director "
    "Yolanda Ferrer on the unloading of the rice.",
    lambda f: ("meeting", "mariel") in placed(f),
)


# "Canada's Parliamentary Secretary to the Minister of Foreign Affairs, Ms. X": one post, the first
# title's, so "The Parliamentary Secretary arrived in Montego Bay on Sunday" is hers
probe(
    "post-held-to-another-post",
    "KINGSTON, June 20, 2024 - The arrangement was signed on June 19 in Kingston by Minister Paul Reid and "
    "Canada's Parliamentary Secretary to the Minister of Foreign Affairs, Ms. Nadia Rowe, who is on a five-day "
    "visit to the island.\n\nThe Parliamentary Secretary arrived in Montego Bay on Sunday.",
    lambda f: ("visit", "montego bay") in placed(f) and ("visit", "2024-06-16") in dated(f),
    published="2024-06-20",
)


# "in the Kashkadarya and Samarkand regions": a city's name before a plural "regions/provinces/velayats"
# names a province, which is no city where something took place
probe(
    "city-name-before-plural-provinces",
    "On 5 May, Ambassador Mark Delane handed over medical equipment to Minister Aziz Karimov for clinics in "
    "the Bukhara and Samarkand regions.",
    lambda f: not any(c in ("bukhara", "samarkand") for _, c in placed(f)),
)


# a release with no dateline ("Ministry of Foreign Affairs of Turkmenistan ... the Minister received the UN
# Resident Coordinator"): a reception nothing places was held in the capital of the state it names first
probe(
    "undatelined-reception-at-home",
    "Ministry of Foreign Affairs of Turkmenistan\n\nOn 4 October 2023, Minister of Foreign Affairs Rashid "
    "Meredov received the United Nations Resident Coordinator, Ms. Ingrid Hale. They discussed a regional "
    "centre for climate technologies to be set up in Ashgabat.",
    lambda f: ("reception", "ashgabat") in placed(f),
)


# "paid a courtesy visit to Headquarters Ghana Air Force, where he was received by X" (a call within a visit
# to a state): a reception nothing places took place in the capital of the state the visitor is visiting
probe(
    "call-reception-at-visited-capital",
    "Air Chief Marshal Tariq Hamid yesterday paid a courtesy visit to Headquarters Ghana Air Force, where he was "
    "received by Air Vice Marshal Kofi Mensah. The visiting Air Chief arrived in Accra on Sunday on a three-day "
    "official visit to Ghana.",
    lambda f: ("reception", "accra") in placed(f),
)


# "kicked off / undertook a visit to", "who is in Ghana for a two-day visit": a visit, as "began/paid a visit"
probe(
    "kicked-off-undertook-is-in-for-a-visit",
    "Foreign Minister Kenji Mori undertook a two-day official visit to Ghana on 6-7 May. Minister Lena Varga, "
    "who is in Ghana for a three-day visit, met President Kofi Asante on 8 May.",
    lambda f: (
        ("visit", frozenset({("kenji mori", "visitor"), ("ghana", "host")})) in eng(f)
        and ("visit", frozenset({("lena varga", "visitor"), ("ghana", "host")})) in eng(f)
    ),
)


# "was granted an audience by X", "was hosted to a dinner by X", "was welcomed to Accra by X", "had an
# audience with X": receptions X hosts; "paid a call on X": a meeting X hosts
probe(
    "audience-dinner-welcomed-to-call-on",
    "On 6 May, Minister Kenji Mori was welcomed to Accra by Foreign Minister Kofi Asante. On 7 May, Minister "
    "Lena Varga had an audience with King Otumfuo Mensah. On 8 May, Ambassador Tariq Hamid paid a call on "
    "President Yaw Boateng.",
    lambda f: (
        ("reception", "accra") in placed(f)
        and ("reception", frozenset({("lena varga", "visitor"), ("otumfuo mensah", "host")})) in eng(f)
        and ("meeting", frozenset({("tariq hamid", "visitor"), ("yaw boateng", "host")})) in eng(f)
    ),
)


# "A memorandum was signed between Minister X and Minister Y in Accra on 8 May": their signing
probe(
    "signed-between",
    "A memorandum of understanding on fisheries was signed between Minister Kenji Mori and Minister Kofi Asante "
    "in Accra on 8 May.",
    lambda f: ("agreement-signing", "accra") in placed(f) and ("agreement-signing", "2024-05-08") in dated(f),
)


# "concluded his introductory visit to Brunei today": today is the visit's last day, not its first; "The
# visit, from 19 to 21 May," gives its first
probe(
    "concluded-visit-today-and-visit-from-range",
    "Brigadier-General Tan Wei Ming concluded his introductory visit to Brunei today. The visit, from 7 to 10 "
    "May, was his first since taking command.",
    lambda f: ("visit", "2024-05-07") in dated(f) and ("visit", "2024-05-10") not in dated(f),
)


# "the visiting dignitary called on X": the visitor told of, as "the guest" or "the delegation" is
probe(
    "visiting-dignitary-is-the-visitor",
    "General Tariq Hamid, Chief of Army Staff of Pakistan, arrived in Accra on 6 May. On 7 May, the visiting "
    "dignitary called on President Kofi Asante.",
    lambda f: ("meeting", frozenset({("tariq hamid", "visitor"), ("kofi asante", "host")})) in eng(f),
)


# "On the third day of the visit, ...", "On the final day of his visit" (a four-day visit): a day counted
# from the day the visit began, not the day told before
probe(
    "nth-and-final-day-of-the-visit",
    "ACCRA, Friday 10 May 2024 - Minister Kenji Mori of Japan arrived in Accra on Monday for a four-day visit "
    "to Ghana. On the third day of the visit, he opened a school in Kumasi. On the final day of his visit, "
    "Minister Mori signed an agreement with Minister Ama Owusu.",
    lambda f: ("ceremony", "2024-05-08") in dated(f) and ("agreement-signing", "2024-05-09") in dated(f),
)


# "who is paying a two-day visit to Viet Nam ... On Wednesday afternoon, shortly after his arrival, X was
# received by Y": the visit began the day of what it did upon arrival, in that city
probe(
    "visit-dated-by-reception-upon-arrival",
    "HA NOI, Nov. 9 (VNA) - The notes were signed in Ha Noi by Deputy Minister Do Thi Lan, in the presence of "
    "State Minister Takumi Aoyagi, who is paying a two-day visit to Viet Nam.\n\nOn Wednesday afternoon, "
    "shortly after his arrival, Aoyagi was received in Ha Noi by Deputy Prime Minister Pham Quoc Thang.",
    lambda f: ("visit", "2023-11-08") in dated(f) and ("visit", "hanoi") in placed(f),
    published="2023-11-09",
)


# "received the Ambassador, who presented a cheque of US$200,000 for families affected by the floods": the
# cheque's presentation is a delivery of aid, on the reception's day
probe(
    "presented-a-cheque-is-a-delivery",
    "The Deputy Prime Minister, Hon. Sione Vake, on 7 May received at his office the Ambassador of China, "
    "Mr. Zhou Wen, who presented a cheque of US$200,000 for families affected by the floods.",
    lambda f: ("aid-delivery", "2024-05-07") in dated(f),
)


# "received by the Vice-President at his office at Tower Hill" (a town of that name in a state the report does
# not name): a site of the city told, not another state's town
probe(
    "town-after-at-of-a-state-not-named",
    "Minister Sean Whelan of Ireland arrived in Freetown, Sierra Leone, on Monday and was received the same "
    "evening by Vice-President Mohamed Turay at his office at Tower Hill.",
    lambda f: ("reception", "freetown") in placed(f) and ("reception", "tower hill") not in placed(f),
)


# "Cooperation dates back to 1980, when the late minister X signed the first agreement with Brasília": a
# signing of a past year is history, not one of the report (nor one placed in Brasília)
probe(
    "year-when-signed-is-history",
    "Luanda, 13 June 2024 - Minister Teresa Neto received Minister Paulo Vasconcelos on 12 June. Cooperation "
    "dates back to 1980, when the late health minister Domingos Kiala signed the first agreement with Brasília.",
    lambda f: "agreement-signing" not in [k for k, _ in f["engagements"]],
    published="2024-06-13",
)


# "signed on Tuesday ... a plan to build": a verb in the past just before the weekday dates it back, though
# the sentence goes on to a plan (a noun, no future)
probe(
    "past-verb-before-weekday-is-past",
    "LOME, Oct 9 - The foreign ministers of Ghana and Togo signed on Tuesday in Lome a joint plan to clean up "
    "the lagoon, where sewage has killed the fish.",
    lambda f: ("agreement-signing", "2024-10-08") in dated(f),
    published="2024-10-09",
)


# "was welcomed with military honours by General Y": a reception, how it was given standing before "by"
probe(
    "welcomed-with-honours-by",
    "On Monday, General Arno Kessel was welcomed with military honours by Lieutenant General Piet Mols at the "
    "Defence Staff in Riga.",
    lambda f: ("reception", "2024-05-06") in dated(f) and ("reception", "riga") in placed(f),
)


# "X announced Wednesday after talks in Vella with Y": the words after the reporting verb say when it was
# said, no clause of their own, so X is the subject of the talks
probe(
    "said-after-talks-with",
    "Foreign Minister Ivo Rant announced Wednesday after talks in Tallinn with Minister Lena Vogt that his "
    "country will fund a new school.",
    lambda f: (
        ("meeting", frozenset({("ivo rant", "attendee"), ("lena vogt", "attendee")})) in eng(f)
        and ("meeting", "tallinn") in placed(f)
    ),
)


# "announced Wednesday after talks with Y": the day of the saying is the day of the talks it follows
probe(
    "said-on-a-day-after-talks-dates-the-talks",
    "Foreign Minister Ivo Rant announced Wednesday after talks in Tallinn with Minister Lena Vogt that his "
    "country will fund a new school.",
    lambda f: ("meeting", "2024-05-08") in dated(f),
)


# "X, who arrived on Tuesday evening, was later received by Y" after the talks of Wednesday: "later" is after
# the last event told, not the arrival the aside names in the same paragraph
probe(
    "later-is-after-the-talks-not-the-arrival",
    "Vilnius, 8 May - Minister Ivo Rant held talks on Wednesday with Minister Lena Vogt.\n\nRant, who arrived "
    "in Vilnius on Tuesday evening for a two-day visit to Lithuania, was later received by Prime Minister "
    "Aras Kalnis.",
    lambda f: ("reception", "2024-05-08") in dated(f),
    published="2024-05-08",
)


# "arrived in Port Vila on Tuesday for a port call. ... was welcomed on arrival by": the reception took place
# the day the visit began; "Upon arrival in Riga, X was welcomed by Y" places a visit told to a state alone
probe(
    "welcomed-on-arrival-is-the-first-day",
    "General Arno Kessel arrived in Lithuania on Tuesday for a four-day visit.\n\nGeneral Kessel was welcomed "
    "on arrival by Lieutenant General Piet Mols.",
    lambda f: ("reception", "2024-05-07") in dated(f),
)
probe(
    "upon-arrival-in-a-city-places-the-visit",
    "On 6-8 May, General Arno Kessel paid an official visit to Latvia.\n\nUpon arrival in Riga on Monday, "
    "General Kessel was welcomed by Lieutenant General Piet Mols.",
    lambda f: ("visit", "riga") in placed(f),
)


# "X was received by Mayor Y at the Town Hall. In the afternoon, X travelled to Kilifi": the trip told after
# the reception gives the visit a city, not the reception before it
probe(
    "a-trip-told-after-does-not-place-what-came-before",
    "On 30 April, Ambassador Kenji Sato was received by Mayor Grace Achieng at the Town Hall.\n\nIn the "
    "afternoon, the Ambassador travelled to Kilifi, where he opened a school.",
    lambda f: ("reception", "kilifi") not in placed(f),
)


# "On the same occasion", "that afternoon": the day told before, counted like "the same day"
probe(
    "on-the-same-occasion-is-the-day-told-before",
    "On 30 April, Ambassador Kenji Sato was received by Mayor Grace Achieng.\n\nOn the same occasion, "
    "Ambassador Sato and Mayor Achieng signed a grant contract for two fire trucks.",
    lambda f: ("agreement-signing", "2024-04-30") in dated(f),
)


# "Yesterday, X witnessed the closing of the Ghana-Togo joint exercise. The exercise, which commenced on 6 May
# at Kpalime, ...": an exercise is dated by the day it began, whatever day it was watched
probe(
    "exercise-dated-by-the-day-it-began",
    "Yesterday, General Kofi Mensah witnessed the closing ceremony of the Ghana-Togo bilateral exercise at the "
    "training range.\n\nThe two-week exercise, which commenced on 6 May, focused on counter-terrorism.",
    lambda f: ("exercise", "2024-05-06") in dated(f),
    published="2024-05-20",
)


# "began a two-day bilateral exercise", 'the "Lake Shield" joint tactical exercise', "a joint search and rescue
# and oil spill response exercise": words before "joint" and many after it still name a joint exercise
probe(
    "joint-exercise-with-words-around-joint",
    "Vella, 10 May - Ghana and Togo agreed to share radar data. On Saturday, the two navies began a two-day "
    "bilateral exercise in the Gulf of Guinea.",
    lambda f: ("exercise", "2024-05-04") in dated(f),
)
probe(
    "joint-exercise-long-name",
    "Vella, 10 May - Ghana and Togo agreed to share radar data. On Thursday, the two coast guards conducted a "
    "joint search and rescue and oil pollution response exercise in the bay.",
    lambda f: ("exercise", "2024-05-09") in dated(f),
)


# "at the National Headquarters in Port Area, Manila": a district, then the city it is in
probe(
    "district-then-its-city",
    "On 9 May, Admiral Kenji Sato paid a courtesy call on Admiral Ramon Cruz at the Coast Guard Headquarters "
    "in Port Area, Manila.",
    lambda f: ("meeting", "manila") in placed(f),
)


# "concluded today a four-day official visit to the Philippines": when may stand between the verb and the visit
probe(
    "concluded-today-a-visit",
    "Admiral Kenji Sato concluded today a four-day official visit to the Philippines.",
    lambda f: ("visit", "2024-05-07") in dated(f),
)


# "paid a courtesy call the same day on the Minister": when, between the call and its host
probe(
    "courtesy-call-when-before-on",
    "Commissioner Ana Ruiz arrived in Suva on Tuesday and paid a courtesy call on Wednesday on the Minister "
    "for Defence, Hon. Pita Vula.",
    lambda f: ("meeting", frozenset({("ana ruiz", "visitor"), ("pita vula", "host")})) in eng(f),
)


# "turned over to Admiral Y twelve drones": a handover in the words of Philippine releases
probe(
    "turned-over-is-handed-over",
    "On 9 May, Ambassador Kenji Sato turned over to Admiral Ramon Cruz twelve drones donated by the "
    "Government of Japan.",
    lambda f: ("aid-delivery", "2024-05-09") in dated(f),
)


# "received a phone call on Wednesday from X", "a telephone conversation on Monday between A and B": when may
# stand between the call and those it joined
probe(
    "phone-call-when-then-from",
    "Prime Minister Omar Haddad received a phone call on Wednesday from Prime Minister Karim Nouri.",
    lambda f: ("phone-call", "2024-05-08") in dated(f),
)
probe(
    "phone-conversation-when-then-between",
    "The visit was preceded by a telephone conversation on Monday between Minister Ivo Rant and Minister Lena Vogt.",
    lambda f: ("phone-call", frozenset({("ivo rant", "attendee"), ("lena vogt", "attendee")})) in eng(f),
)


# "Following the audience, A and B signed": the signing took place the day of the audience it followed
probe(
    "following-the-audience",
    "President Jean Morel received Minister Saeed Nasser at State House on Wednesday.\n\nFollowing the "
    "audience, Minister Paul Hoarau and Minister Nasser signed a loan agreement.",
    lambda f: ("agreement-signing", "2024-05-08") in dated(f),
)


# "X, who arrived in Tirana on Wednesday, met Minister Y the same day": the aside's day is the one counted from
probe(
    "the-same-day-as-the-aside-of-its-sentence",
    "Tirana, 10 May 2024 - Police equipment was handed over today by Ambassador Ana Ruiz to Director Ilir "
    "Dema.\n\nGeneral Marco Bellini, who arrived in Tirana on Wednesday, met Minister Arben Kola the same day.",
    lambda f: ("meeting", "2024-05-08") in dated(f),
)


# "the two Deputy Prime Ministers signed": the parties told before, named by a title of three words
probe(
    "the-two-long-titles",
    "On 18 May, Deputy Prime Minister Dinh Van Khoa held talks in Havana with Deputy Prime Minister Rolando "
    "Perez.\n\nAfter the talks, the two Deputy Prime Ministers signed an agreement on rice production.",
    lambda f: (
        ("agreement-signing", frozenset({("dinh van khoa", "attendee"), ("rolando perez", "attendee")})) in eng(f)
    ),
)


# "visited the Academy, where its head, General X, briefed her on ...": a meeting at the site, X its host
probe(
    "where-x-briefed-her",
    "On Thursday, Minister Ana Ruiz visited the Police Academy in Riga, where its head, General Piet Mols, "
    "briefed her on the training of cadets.",
    lambda f: (
        ("meeting", frozenset({("ana ruiz", "visitor"), ("piet mols", "host")})) in eng(f)
        and ("meeting", "2024-05-09") in dated(f)
    ),
)


# "travelled to Georgia on Monday for talks ... She held separate meetings with": a report that names no day
# but the visit's dates its undated parts by it
probe(
    "the-only-day-named-dates-the-visit-s-parts",
    "Deputy Secretary General Ana Ruiz travelled to Georgia on Monday for talks in Tbilisi.\n\nMs Ruiz held "
    "separate meetings with Prime Minister Davit Beridze and with the Minister of Defence, Nodar Kapanadze.",
    lambda f: ("meeting", "2024-05-06") in dated(f),
)


# "hosted the Commander of the Brazilian Army's 1st Jungle Brigade, Brigadier General X, at": a title the
# lexicon does not know, before its holder's name and a comma; the institution in it is not who was hosted
probe(
    "unknown-title-apposed-before-its-holder",
    "On Wednesday, Brigadier Arno Kessel hosted the Commander of the Brazilian Army's 1st Jungle Infantry "
    "Brigade, Brigadier General Marco Pinto, at the Lethem Base.",
    lambda f: ("reception", frozenset({("arno kessel", "host"), ("marco pinto", "visitor")})) in eng(f),
)


# "In the afternoon, the two commanders watched a joint exercise": the day told before, in a new paragraph too
probe(
    "in-the-afternoon-is-the-day-told-before",
    "Vella, 10 May - Ghana and Togo agreed to share radar data. On Wednesday, General Kofi Mensah hosted "
    "General Paul Agbo at the Lome base.\n\nIn the afternoon, the two commanders watched a joint riverine "
    "patrol exercise.",
    lambda f: ("exercise", "2024-05-08") in dated(f),
)


# "In the morning, X laid ... ; he then met": "In the morning" is the day told before, like the afternoon
probe(
    "in-the-morning-is-the-day-told-before",
    "On Monday, Minister Ivo Rant arrived in Riga for a three-day visit to Latvia.\n\nOn Wednesday, Rant met "
    "Minister Lena Vogt.\n\nIn the morning, Rant was received by President Aras Kalnis.",
    lambda f: ("reception", "2024-05-08") in dated(f),
)


# "At the same ceremony, X handed over ...": the day of the ceremony told before, in a paragraph of its own
probe(
    "at-the-same-ceremony",
    "Ulaanbaatar, 10 May 2024 - Vice Minister Bat Erdene and Director Lee Min-ho yesterday signed a record of "
    "discussions.\n\nAt the same ceremony, Vice President Han Seung-ho handed over to Director Ts. Bold two "
    "simulators.",
    lambda f: ("aid-delivery", "2024-05-09") in dated(f),
)


# "signed loan agreements ... to upgrade the route linking the port of Mombasa to Uganda": a city the signed
# thing links is no venue of the signing (the dateline's city is)
probe(
    "a-route-linking-a-city-is-no-venue",
    "Kampala, 19 June 2024 - Minister Peter Okello and Director Ann Mwangi on Tuesday signed two loan "
    "agreements to upgrade the road linking the port of Mombasa to Uganda.",
    lambda f: ("agreement-signing", "mombasa") not in placed(f),
    published="2024-06-19",
)


# aid: "500 million Turkish liras", "75 million Egyptian pounds", "FJ$150,000", "GYD 85 million": a currency
# named with its state's demonym, a dollar sign with its state's letters, the codes of smaller states
probe(
    "currency-named-with-its-demonym",
    "Cairo\n\nEgypt donated food worth 40 million Egyptian pounds to Sudan. Turkey will allocate 300 million "
    "Turkish liras to Azerbaijan. Fiji donated supplies worth FJ$90,000 to Tonga. Guyana donated rice worth "
    "GYD 12 million to Suriname.",
    lambda f: (
        {(v, c) for _, _, v, c, _ in f["aid"]}
        == {("40000000", "EGP"), ("300000000", "TRY"), ("90000", "FJD"), ("12000000", "GYD")}
    ),
)


# aid: "handed over supplies worth FJ$150,000 and donated by the Fijian Government, to ...": the giver named
# with the amount after "and", whoever hands the gift over
probe(
    "and-donated-by-names-the-giver",
    "Apia\n\nThe High Commissioner of Australia handed over generators worth US$80,000 and donated by the "
    "Government of Norway to the Samoa Red Cross Society.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("government", "red cross society")},
)


# aid: "handed over ... to the Director of the National Emergency Management Office, Mr. X": the institution a
# receiving person's title names receives
probe(
    "receiver-title-names-the-institution",
    "Honiara\n\nThe Ambassador of Japan handed over tents worth US$60,000 to the Director of the National "
    "Disaster Management Office, Mr. Peter Kaluavi.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("japan", "national disaster management office")},
)


# aid: "will send its 22nd package to Ukraine, worth EUR 188 million", "to equip the Border Police": the
# receiver named before the worth, and the object of a purpose of equipping
probe(
    "sent-to-before-the-worth",
    "Oslo\n\nMinister Lars Vik told his Latvian colleague that Norway will send its fifth package to Ukraine, "
    "worth NOK 900 million. Denmark will provide €2 million to equip the State Border Guard of Moldova.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("norway", "ukraine"), ("denmark", "state border guard")},
)


# aid: "Vehicles worth EUR 2.4 million were handed over to the State Police. The equipment was funded by the
# Ministry of the Interior": a gift told with no giver takes the one the next sentence names
probe(
    "giver-named-in-the-next-sentence",
    "Skopje\n\nTwelve patrol boats worth EUR 1.8 million were handed over today to the Border Police of North "
    "Macedonia. The equipment was funded by the Austrian Federal Ministry of the Interior.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("federal ministry of interior", "border police")},
)


# aid: "Swedish development cooperation with Liberia amounted to around SEK 380 million in 2024": with no
# subject to give, the demonym qualifying the noun of aid names the giver
probe(
    "demonym-aid-with-no-subject-gives",
    "Monrovia\n\nThe minister met the ambassador in Monrovia. Danish development cooperation with Liberia "
    "amounted to DKK 150 million in 2023.",
    lambda f: {(d, r, v) for d, r, v, *_ in f["aid"]} == {("denmark", "liberia", "150000000")},
)


# aid: "turned over to Admiral X twelve drones worth PHP 38 million": a person handed the gift before its worth
# receives it for the institution of their post
probe(
    "handed-to-a-person-before-the-worth",
    "Colombo\n\nRear Admiral Nimal Perera, Commander of the Sri Lanka Navy, met the Ambassador of Japan, Kenji "
    "Sato. Ambassador Sato later turned over to Rear Admiral Perera six patrol boats worth US$3 million.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("japan", "navy")},
)


# aid: "worth VND 24 billion for the engineering units of the Royal Cambodian Armed Forces": the institution
# whose units (branches, offices) the gift is for receives it
probe(
    "units-of-an-institution-receive-for-it",
    "Thimphu\n\nThe Minister handed over trucks worth US$500,000 from India for the medical units of the "
    "Royal Bhutan Army.",
    lambda f: {r for _, r, *_ in f["aid"]} == {"royal army"},
)


# aid: "a grant of EUR 800,000 to the Municipality of Ohrid for the modernisation of ...": a town named after
# "<head> of" ends the institution's name though a purpose follows (not "the Board of Directors of the Fund")
probe(
    "municipality-of-a-town-before-a-purpose",
    "Podgorica\n\nAustria will provide a grant of EUR 500,000 to the Municipality of Kotor for the renovation "
    "of its water network.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("austria", "municipality of kotor")},
)


# aid: "will contribute 120 million pesos", "worth K8.5 million": a currency many states name alike is the
# giving state's own of that name, else the receiving state's
probe(
    "bare-pesos-and-k-are-a-state-s-own",
    "Manila\n\nThe Philippines donated relief goods worth 15 million pesos to Vietnam. Japan handed over "
    "ambulances worth K4 million to Papua New Guinea.",
    lambda f: (
        {(d, r, v, c) for d, r, v, c, _ in f["aid"]}
        == {("philippines", "vietnam", "15000000", "PHP"), ("japan", "papua new guinea", "4000000", "PGK")}
    ),
)


# aid: "The Royal Solomon Islands Constabulary has received 12 vehicles and radios worth US$2 million from the
# Australian Government": the receiver of things of a worth, received from a giver; "Constabulary" heads a name
probe(
    "received-things-worth-from-a-giver",
    "Honiara\n\nThe Royal Vanuatu Constabulary has received 12 patrol vehicles and radio equipment worth "
    "US$2 million from the Government of New Zealand.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("government", "royal constabulary")},
)


# aid: "a loan of AED 110 million from the Abu Dhabi Fund for Development" with no receiver named: a city in the
# fund's name says where it gives from, so that city's state (however often named) does not receive
probe(
    "fund-named-for-a-city-is-not-the-receiver",
    "Victoria\n\nThe UAE Minister met the President. The UAE and Seychelles are close partners, and the UAE "
    "embassy hosted a dinner. The two ministers signed a loan agreement of AED 50 million from the Abu Dhabi "
    "Fund for Development for a new hospital.",
    lambda f: {r for _, r, *_ in f["aid"]} == {"seychelles"},
)


# aid: "of which the two governments will contribute $76.6 million from their own budgets": states spending
# their own budgets (plural as well) give no aid
probe(
    "own-budgets-plural-are-no-aid",
    "Dodoma\n\nThe World Bank will provide a $200 million loan to Tanzania for the road. Tanzania and Kenya will "
    "contribute $40 million from their own budgets.",
    lambda f: {v for _, _, v, *_ in f["aid"]} == {"200000000"},
)


# aid: "a grant of USD 3.5 million will go to the East African Community Secretariat": "Community" heads a
# regional body's name (the Caribbean Community, the Andean Community), which receives
probe(
    "community-heads-a-regional-body",
    "Lima\n\nSpain will provide EUR 2 million to the Andean Community to harmonise customs procedures.",
    lambda f: {r for _, r, *_ in f["aid"]} == {"andean community"},
)


# aid-terms: "to rebuild electricity substations and transmission lines": energy aid whose own words name the
# grid is DAC 23630, electric power transmission and distribution, not energy policy (231)
probe(
    "grid-energy-aid-is-transmission",
    "Yerevan\n\nGermany will provide EUR 20 million to Armenia to modernise electricity substations and the "
    "power transmission grid.",
    lambda f: {s for *_, s in f["aid-terms"]} == {frozenset({"23630"})},
)


# aid: "contributes SEK 60 million to a UNDP programme that supports Liberia's courts": the body whose
# programme or project the sum goes to receives it, not the state its work is in
probe(
    "a-body-s-programme-receives",
    "Freetown\n\nNorway also contributes NOK 40 million to a UNICEF programme that supports Sierra Leone's schools.",
    lambda f: {r for _, r, *_ in f["aid"]} == {"unicef"},
)


# aid: "The Jordanian section of the line was financed with a loan of KWD 25 million from the Arab Fund": the
# state whose demonym opens the subject of a passive of paying receives, not the state named most
probe(
    "demonym-subject-of-a-passive-of-paying-receives",
    "Nairobi\n\nThe Kenyan minister received his Tanzanian counterpart on Monday. Kenya will build the road "
    "to the border of Kenya. The Tanzanian section of the road was financed with a loan of $40 million from the "
    "OPEC Fund.",
    lambda f: {r for _, r, *_ in f["aid"]} == {"tanzania"},
)


# aid: "the total support provided by the Kingdom to Yemen has exceeded USD 27 billion": "the Kingdom" stands
# for the one kingdom a report names (Saudi, Jordanian, Bahraini, Moroccan, Thai releases write it so)
probe(
    "the-kingdom-is-the-kingdom-named",
    "Amman\n\nJordan and Palestine discussed relief for Gaza. Since 2023, the Kingdom has provided more than "
    "USD 50 million in aid to Palestine.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("jordan", "palestine")},
)


# aid: "to the National Coordinator of CNARR, Mr. X", CNARR the "National Commission for the Reception and
# Reintegration of Refugees and Returnees": the institution a receiving person's title names, past capitalised
# words of the title before the person's mention; reception, reintegration, returnees are a portfolio's words
probe(
    "receiver-title-institution-with-a-long-portfolio",
    "N'Djamena\n\nThe minister oversees the National Office for the Reception and Reintegration of Returnees "
    "(ONARR). Japan handed over tents worth US$90,000 to the National Director of ONARR, Mr. Ali Mahamat Saleh.",
    lambda f: {r for _, r, *_ in f["aid"]} == {"national office for reception and reintegration of returnees"},
)


# "the Deputy Assistant Secretary of Defense for Baltic States, Poland and Belarus" and "the Fund's
# Vice-President for Operations": the remit after a title is the title's, its states are no state of the holder
probe(
    "remit-after-title-is-the-titles",
    "Minister Ana Soler hosted the U.S. Deputy Assistant Secretary of Defense for Poland, Belarus and Eurasia, "
    "Dr. Mark T. Ellison, on Monday. The Fund's Vice-President for Operations, Karin Holm, also attended.",
    lambda f: (
        ("mark t. ellison", "deputy assistant secretary of defense for and eurasia") in posts(f)
        and ("karin holm", "vice president for operations") in posts(f)
        and ("mark t. ellison", "US") in f["countries"]
    ),
)


# "Commander Royal Army of X (RAO)", "Chairman Joint Chiefs of Staff Committee", "the Flag Officer Commanding
# Western Naval Command": military press writes the body commanded right after the title, with no "of"; a
# rank's word opening such a title ("General Officer Commanding") is no rank of its holder
probe(
    "commander-body-without-of",
    "Major General Ravi Tane, Commander Northern Army of Oman (NAO), called on General Imran Qadir, Chairman "
    "Joint Chiefs of Staff Committee (CJCSC), today. He later met the General Officer Commanding-in-Chief of "
    "the Eastern Command, Lieutenant General Dev Malhotra.",
    lambda f: (
        ("ravi tane", "commander northern army") in posts(f)
        and ("imran qadir", "chairman joint chiefs of staff committee") in posts(f)
        and ("dev malhotra", "general officer commanding in chief of eastern command") in posts(f)
        and ("dev malhotra", "lieutenant-general") in f["ranks"]
    ),
)


# "the Commander of His Majesty's Armed Forces, Brigadier General ...": a sovereign's possessive inside a
# body's name, not a style that ends it
probe(
    "his-majestys-body",
    "Captain Joni Vula called on the Commander of His Majesty's Armed Forces, Brigadier General Sione Fale, "
    "at the camp on Tuesday.",
    lambda f: ("sione fale", "commander of his majesty armed forces") in posts(f),
)


# "Ms X, Special Representative of the Secretary-General for Y and Head of the UN Mission in Y": a post held of
# another post is one post, the first's, so the post joined by "and" after it is hers too; the state of her
# remit is not hers
probe(
    "post-of-a-post-then-and-post",
    "Foreign Minister Ilkin Sadiq held talks today with Marta Lindahl, Special Representative of the "
    "Secretary-General for Afghanistan and Head of the United Nations Assistance Mission in Afghanistan (UNAMA).",
    lambda f: (
        ("marta lindahl", "head of united nations assistance mission") in posts(f)
        and not any(name == "marta lindahl" for name, _ in f["countries"])
    ),
)


# "the Chief of the Army Staff of the Kandar Army", "Chairman of the Joint Chiefs of Staff of the ... Armed
# Forces": a service's staff makes the title whole; the force after it is where its holder serves
probe(
    "service-staff-title-is-whole",
    "The Minister met the Chief of the Naval Staff of the Nigerian Navy, Vice Admiral Ade Okon, and Major "
    "General Sami Haddad, Chairman of the Joint Chiefs of Staff of the Jordan Armed Forces, in Abuja.",
    lambda f: (
        ("ade okon", "chief of naval staff") in posts(f)
        and ("sami haddad", "chairman of joint chiefs of staff") in posts(f)
    ),
)


# "Hon'ble Minister ...", "Lic. Marta ..." (Licenciada), "Prefect ..." and the Filipino "Ma." (María) before a
# name: forms of address and an abbreviated given name, none a name of its own nor the end of a sentence
probe(
    "honorifics-of-address-and-ma",
    "The vans were handed over in the presence of Hon'ble Bishnu Raj Adhikari, Minister for Health of Nepal. "
    "They met the Governor of the Department of Petén, Lic. Rosa Elena Marroquín. The loan was signed by "
    "Secretary of Finance Ma. Teresa Dimaculangan. Prefect Paolo Bertini also attended.",
    lambda f: (
        ("bishnu raj adhikari", "honorable") in f["ranks"]
        and ("rosa elena marroquin", "lic.") in f["honorifics"]
        and ("ma. teresa dimaculangan", "secretary of finance") in posts(f)
        and ("paolo bertini", "prefect") in f["honorifics"]
    ),
)


# "Captain Armindo Lima da Graça", "Ma. Lourdes Santiago-Reyes": a town's name inside a surname, before
# particles or joined by a hyphen, goes on the name
probe(
    "place-word-inside-a-surname",
    "The equipment was handed to the Commander of the Coast Guard, Captain Rui Lima da Costa, and to Secretary "
    "of Finance Ana Santiago-Cruz on Monday.",
    lambda f: {"rui lima da costa", "ana santiago-cruz"} <= named(f),
)


# "the Chairman of the Foreign Affairs Committee of the Saeima, Mr. ...": a body's own name no list knows,
# after "of the" following a body and before the holder's comma, ends the post's institution
probe(
    "unknown-body-name-after-of-the",
    "On Friday, Minister Liisa Koskinen met the Chairman of the National Defence Committee of the Saeima, "
    "Mr. Janis Ozols, in Riga.",
    lambda f: ("janis ozols", "chairman of national defence committee of saeima") in posts(f),
)


# "Admiral Sir X, First Sea Lord and Chief of the Naval Staff": the British naval chief's title, so the post
# joined to it by "and" is read with it
probe(
    "first-sea-lord-and-chief",
    "The Commander received today Admiral Sir Tom Wakefield, First Sea Lord and Chief of the Naval Staff of the "
    "United Kingdom, who is visiting the country.",
    lambda f: ("tom wakefield", "chief of naval staff") in posts(f) and ("tom wakefield", "GB") in f["countries"],
)


# "Chief of Staff of the Sultan's Armed Forces (SAF)": a sovereign's possessive inside a body's name, not a
# second post that ends it
probe(
    "sovereigns-body",
    "Admiral Rana called on Lieutenant General Salim bin Khalid Al Habsi, Chief of Staff of the Sultan's Armed "
    "Forces (SAF), at the headquarters.",
    lambda f: ("salim bin khalid al habsi", "chief of staff of sultan armed forces") in posts(f),
)


# "Ghana's Ambassador to São Tomé and Príncipe, Ambassador ...": the state's name as written with its accents,
# so "Príncipe" is no name of a person
probe(
    "sao-tome-and-principe-accented",
    "The minister was accompanied by Ghana's Ambassador to São Tomé and Príncipe, Ambassador Akosua Mensah.",
    lambda f: named(f) == {"akosua mensah"} and ("akosua mensah", "GH") in f["countries"],
)


# "the General Director of the State Police, Mr. ...": a title of Eastern European releases, whose "General"
# is no rank of its holder
probe(
    "general-director-title",
    "The ambassador handed the vehicles to the General Director of the State Police, Mr. Besnik Lala, in Tirana.",
    lambda f: ("besnik lala", "general director of state police") in posts(f) and ("besnik lala", "mr") in f["ranks"],
)


# "the Minister for Development of Communities and Territories of Ukraine, Name": portfolio words of local
# government, so the remit is read whole and the name after it is its holder
probe(
    "communities-and-territories-portfolio",
    "Deputy Minister Nowak and the Minister for Development of Communities and Territories of Ukraine, Ivan "
    "Hordiienko, signed the agreement.",
    lambda f: ("ivan hordiienko", "minister for development of communities and territories") in posts(f),
)


# "the Speaker of the House of Representatives, Hon. ...": "House of" names a chamber, so the post has its
# institution and its holder
probe(
    "house-of-a-chamber",
    "Later the same day, the Minister met the Speaker of the House of Representatives, Hon. Joseph Kollie, "
    "and members of the caucus.",
    lambda f: ("joseph kollie", "speaker of house of representatives") in posts(f),
)


# "signed the plan of cooperation between the General Staffs for 2025": the plural of a body's word, not a
# general named Staffs
probe(
    "general-staffs-plural",
    "Major General Aziz Karimov and Colonel General Pavel Orlov signed the plan of consultations between the "
    "General Staffs for 2025.",
    lambda f: named(f) == {"aziz karimov", "pavel orlov"},
)


# "received Sudanese Minister of Foreign Affairs Ambassador Osman ...": a field after "of" ends the post before,
# so the rank word after it is no head of a "Foreign Affairs Ambassador"
probe(
    "field-after-of-ends-the-post-before",
    "CAIRO, Oct 8 - Prime Minister Adel Farouk received on Tuesday Sudanese Minister of Foreign Affairs "
    "Ambassador Hassan Omer Salih at the seat of government.",
    lambda f: (
        ("hassan omer salih", "minister of foreign affairs") in posts(f)
        and ("hassan omer salih", "ambassador") in f["ranks"]
    ),
    published="2024-10-08",
)


# "Lieutenant General Imran Aslam Sheikh, Chief of General Staff": an honorific word closing a name of several
# words, with no name after it to address, is the surname
probe(
    "honorific-word-as-surname",
    "Lieutenant General Imran Aslam Sheikh, Chief of General Staff, received the guest. The Ambassador of Oman, "
    "Sheikh Salim bin Ali Al Harthy, was also present.",
    lambda f: (
        {"imran aslam sheikh", "salim bin ali al harthy"} <= named(f)
        and ("salim bin ali al harthy", "sheikh") in f["honorifics"]
    ),
)


# "the Ambassador of Japan to the Philippines, H.E. TANAKA Yumi": a post set off before "His Excellency" gives
# no rank; the name is addressed as written
probe(
    "excellency-after-set-off-ambassador",
    "The agreement was witnessed by the Ambassador of Japan to the Philippines, H.E. TANAKA Yumi, and the "
    "Secretary of Finance, Mr. Jose Ramos.",
    lambda f: ("tanaka yumi", "excellency") in f["ranks"],
)


# headlines in title case: "Navy Commander Visits Qatar", "Speaker Amara Calls for Closer Ties": a headline's
# verb is no name
probe(
    "title-case-headline-verbs",
    "Navy Commander Visits Qatar\n\nSpeaker Amara Calls for Closer Ties\n\nDOHA, May 8 - Vice Admiral Tom "
    "Reyes, Commander of the Fleet, visited Doha on Monday.",
    lambda f: named(f) == {"tom reyes", "amara"},
    published="2024-05-08",
)


# "handed over medicines to Queen Mary Central Hospital": a body named after a sovereign or leader, whose
# namesake is no one present
probe(
    "namesake-of-a-body",
    "The minister handed over medicines to Queen Mary Central Hospital and visited King Omar University. "
    "Dr. Ruth Banda thanked India.",
    lambda f: named(f) == {"ruth banda"},
)


# "General Arjun Pal Mehra ... General A.P. Mehra": initials written for given names name the person already read
probe(
    "initials-name-the-person-read",
    "The delegation met the Chief of the Army Staff, General Arjun Pal Mehra, in New Delhi. Later, General "
    "A.P. Mehra hosted a lunch.",
    lambda f: named(f) == {"arjun pal mehra"},
)


# "its commander, Dutch Lieutenant Colonel Pieter de Wit": a state's adjective before the rank says whose
# officer he is
probe(
    "demonym-before-rank",
    "The generals visited the battlegroup, where they were briefed by its commander, Dutch Lieutenant Colonel "
    "Pieter Wessels, on its readiness.",
    lambda f: ("pieter wessels", "NL") in f["countries"],
)


# aid: "will allocate 500 million Turkish liras for the training and equipment of Azerbaijani Army units": the
# institution whose training, equipment or capacity the aid is for receives it, not its state
probe(
    "training-and-equipment-of-an-institution",
    "Tbilisi\n\nPoland will allocate PLN 20 million in 2025 for the training and equipment of the Georgian "
    "Border Police.",
    lambda f: {r for _, r, *_ in f["aid"]} == {"border police"},
)


# aid: "handed over to the Orkhon Province Health Department": a province's name before the field keeps the
# department's name as written (only a state's name or demonym is passed over: "Kazakh Foreign Ministry")
probe(
    "province-department-keeps-its-name",
    "Ulaanbaatar\n\nThe clinic, built with KRW 500 million from KOICA, was handed over to the Darkhan Province "
    "Health Department.",
    lambda f: {r for _, r, *_ in f["aid"]} == {"darkhan province health department"},
)


# aid: a release's heading "EU grants €4 million to equip the Border Police" above "... will provide €4 million
# to equip the General Inspectorate of Border Police": one gift, named in full
probe(
    "heading-restating-the-gift-is-one-gift",
    "Ministry of Internal Affairs\nPress release\n\nJapan grants $2 million to the Border Guard\n\nJapan will "
    "provide $2 million to the State Border Guard to buy patrol boats.",
    lambda f: {(d, r, v) for d, r, v, *_ in f["aid"]} == {("japan", "state border guard", "2000000")},
)


# aid: "JICA and the Department of Finance signed a loan agreement of up to 58.4 billion yen": a finance ministry
# signing borrows for its state, which receives
probe(
    "finance-ministry-borrows-for-its-state",
    "Colombo\n\nOn Monday, the Asian Development Bank and the Ministry of Finance of Sri Lanka signed a loan "
    "agreement of $200 million for rural roads.",
    lambda f: {(d, r) for d, r, *_ in f["aid"]} == {("asian development bank", "sri lanka")},
)


# aid: "to the District Government of Mocímboa da Praia": a town's own government, council or administration is
# named by the town (not trimmed to "District Government", as "the Ministry of Defence of Kabul" would be)
probe(
    "town-government-keeps-the-town",
    "Beira\n\nThe Minister handed over school furniture worth 50 million Rwandan francs, donated by the "
    "Government of Rwanda, to the City Council of Maputo.",
    lambda f: {r for _, r, *_ in f["aid"]} == {"city council of maputo"},
)


# aid: "to the Agency for Civil Protection under the Government of the Kyrgyz Republic": the body an institution
# answers to ("under the Government of ...", "under the President") is no part of its name
probe(
    "under-the-government-is-not-the-name",
    "Bishkek\n\nChina donated rescue equipment worth 10 million yuan to the Agency for Civil Protection under "
    "the Government of the Kyrgyz Republic.",
    lambda f: {r for _, r, *_ in f["aid"]} == {"agency for civil protection"},
)


# aid: "Addis Ababa (ENA) - Ethiopia and Italy signed two financing agreements worth 28 million Euro. ... Of the
# total amount, 20 million Euro is a soft loan": a sum with no giver told after two states signed is the
# one's the report is not filed from
probe(
    "sum-after-two-states-signed-is-the-foreign-one-s",
    "Kampala, 3 May 2024 (UNA) - Uganda and Austria signed today two financing agreements worth 12 million "
    "Euro. Of the total amount, 9 million Euro is a soft loan for irrigation.",
    lambda f: {(d, r, v) for d, r, v, *_ in f["aid"]} == {("austria", "uganda", "9000000")},
)


# "Astana, 25 April - ... held consultations in Ulaanbaatar ... The same day, the Ambassador handed over": filed
# at home, the story is abroad once an engagement is placed there
probe(
    "the-story-abroad-after-an-engagement-placed-abroad",
    "Consultations held in Ulaanbaatar\n\nAstana, April 25, 2024\n\nOn April 23, Deputy Minister Timur Abenov "
    "held consultations in Ulaanbaatar with State Secretary Bat Oyun.\n\nThe same day, Ambassador Daniyar "
    "Serikov handed over to General Ganbat Tsend the first consignment of humanitarian aid.",
    lambda f: ("aid-delivery", "ulaanbaatar") in placed(f),
    published="2024-04-25",
)


# "arrived on 22 September. The following morning, he held talks ... On the same day, he paid a courtesy call":
# the same day as the morning counted forward, not the day named before it
probe(
    "the-same-day-after-the-following-morning",
    "Admiral Rene Cruz arrived in Hanoi on 6 May. The following morning, he held talks with General Tran "
    "Van Hung.\n\nOn the same day, Admiral Cruz paid a courtesy call on General Pham Van Long.",
    lambda f: ("meeting", "2024-05-06") not in dated(f),
)


# "discussed preparations for the next round of political consultations between the ministries": a meeting to
# come, none held
probe(
    "the-next-round-of-consultations-is-not-held",
    "On Monday, Deputy Minister Orkhan Aliyev received Ambassador Zsofia Nagy. The sides discussed "
    "preparations for the next round of political consultations between the foreign ministries.",
    lambda f: "meeting" not in [k for k, _ in f["engagements"]],
)


# "discussed Ukraine's accession negotiations with the European Union": a process, no meeting
probe(
    "accession-negotiations-are-no-meeting",
    "On Monday, Minister Pawel Nowak spoke by telephone with Minister Mykola Petrenko. They discussed "
    "Ukraine's accession negotiations with the European Union.",
    lambda f: "meeting" not in [k for k, _ in f["engagements"]],
)


# "X today concluded a two-day visit to Guatemala, during which she met President Y": the day told is the
# visit's end, not the meeting's
probe(
    "during-which-is-not-dated-by-the-visit-s-end",
    "Foreign Secretary Ana Ruiz today concluded a two-day working visit to Guatemala, during which she met "
    "President Bernardo Castro.",
    lambda f: ("meeting", "2024-05-10") not in dated(f),
)


# "travelled to Hai Phong, where the two coast guards conducted a joint drill": the exercise is placed by its
# clause's town; "a joint exercise in Manila Bay" is not placed in Manila (the bay's name holds the city's)
probe(
    "exercise-placed-by-its-clause",
    "Vella, 10 May - Ghana and Togo agreed to share radar data. On Thursday, the delegation travelled to "
    "Takoradi, where the two coast guards conducted a joint search and rescue drill.",
    lambda f: ("exercise", "takoradi") in placed(f),
)
probe(
    "a-city-in-a-bay-s-name-is-no-venue",
    "On Thursday, Admiral Rene Cruz met Admiral Kenji Sato aboard a patrol ship in Manila Bay.",
    lambda f: ("meeting", "manila") not in placed(f),
)


# "Sweden's Minister X visited Liberia ... Minister Y and Minister X signed ... Later, the Minister met the
# Speaker": a bare title is the story's subject, the holder named first, not the one named last
probe(
    "a-bare-title-is-the-story-s-subject",
    "Sweden's Minister for Development, Karin Ahl, visited Liberia from 1 to 3 April.\n\nOn Wednesday, "
    "Minister Ahl and the Minister of Finance, Hon. Augustine Kollie, signed an agreement.\n\nLater the same "
    "day, the Minister met the Speaker of the House, Hon. Moses Zinnah.",
    lambda f: any(k == "meeting" and ("karin ahl", "visitor") in p for k, p in eng(f)),
)


# "met the university's rector, Major General X": a title owned by a body, set before its holder's name
probe(
    "a-body-s-title-apposed-before-its-holder",
    "Today, General Nikos Petrou visited the Military University, where he met the university's rector, Major "
    "General Aram Sargsyan, and cadets.",
    lambda f: any(k == "meeting" and any(a == "aram sargsyan" for a, _ in p) for k, p in eng(f)),
)


# "briefed by its commander, German Lieutenant Colonel X": a title owned by what was visited, then the holder
# with his demonym; the state of the demonym is no party
probe(
    "its-commander-then-a-demonym-and-the-holder",
    "Today, General Henrik Dahl visited the battlegroup in Rukla, where he was briefed by its commander, German "
    "Lieutenant Colonel Tobias Kramer.",
    lambda f: ("meeting", frozenset({("henrik dahl", "visitor"), ("tobias kramer", "host")})) in eng(f),
)


# "then signed an amendment to the electricity sale contract": an amendment is a document signed
probe(
    "signed-an-amendment",
    "On Tuesday, Minister Nidal Haddad held talks in Amman with Minister Raad Saadi.\n\nHaddad and Saadi then "
    "signed an amendment to the electricity sale contract.",
    lambda f: ("agreement-signing", "2024-05-07") in dated(f),
)


# "signed a financing convention", "signed an MoU", "signed a pact": documents signed, in other words
probe(
    "signed-a-convention-an-mou-a-pact",
    "On Tuesday, Minister Ivo Rant and Minister Lena Vogt signed a financing convention. On Wednesday, Minister "
    "Piet Mols and Minister Ana Ruiz signed an MoU on energy.",
    lambda f: {("agreement-signing", "2024-05-07"), ("agreement-signing", "2024-05-08")} <= dated(f),
)


# "the Permanent Secretary at the Ministry of Finance, Mr. ...": the body after "at" is where the post is
# held, so the post is read with its holder
probe(
    "post-at-a-ministry",
    "The next day, he called on the Permanent Secretary at the Ministry of Finance, Mr. Hamid Osman, in the capital.",
    lambda f: ("hamid osman", "permanent secretary") in posts(f),
)


# "the Permanent Secretary (Defence Policy and Development) at the Ministry of Defence, Dato ...": a remit in
# brackets after the title, as Singapore's and Brunei's releases write one, is the title's
probe(
    "bracketed-remit-after-title",
    "The next day, he called on the Permanent Secretary (Defence Policy and Development) at the Ministry of "
    "Defence, Dato Paduka Rahim bin Salleh.",
    lambda f: ("rahim bin salleh", "permanent secretary defence policy and development") in posts(f),
)


# "the Commander of the Chilean Army's 2nd Mountain Brigade, Brigadier General ...", "the Commander of the 201st
# Military Base": a unit's number and a body's possessive before the unit are words of the post's institution
probe(
    "numbered-unit-of-a-body",
    "On Wednesday, the Commander of the Chilean Army's 2nd Mountain Brigade, Brigadier General Pablo Rojas, "
    "hosted the Commander of the 201st Military Base, Major General Oleg Sokolov, at the base.",
    lambda f: (
        ("pablo rojas", "commander of army 2nd mountain brigade") in posts(f)
        and ("oleg sokolov", "commander of 201st military base") in posts(f)
    ),
)


# "the Minister of State at the Ministry of Foreign Affairs, Mr. ...": the body after "at" is where the post is
# held, so the post reaches its holder and is one of that ministry
probe(
    "post-of-a-remit-at-a-ministry",
    "The Minister of State at the Ministry of Foreign Affairs, Mr. Kwesi Boateng, welcomed the delegation.",
    lambda f: (
        ("kwesi boateng", "minister of state") in posts(f) and ("ministry of foreign affairs", "") in f["organizations"]
    ),
)


# "the Secretary of Planning and Programming of the Presidency of Honduras, Name": the Presidency is a body,
# not a person, so the post reaches its holder
probe(
    "presidency-is-a-body",
    "The Secretary of Planning and Programming of the Presidency of Honduras, Luis Fernando Mejía Paz, signed "
    "the framework on Tuesday.",
    lambda f: (
        named(f) == {"luis fernando mejia paz"}
        and ("luis fernando mejia paz", "secretary of planning and programming of presidency") in posts(f)
    ),
)


# "attended by: from the Uzbek side – Minister X; Deputy Minister Y; from the Tajik side – Minister Z", "The
# Korean side was represented by ...": the people named after a side serve its state
probe(
    "people-listed-by-side",
    "The session was attended by: from the Uzbek side – Minister of Water Resources Bakhtiyor Saidov; Deputy "
    "Minister of Energy Laziz Abdullaev; from the Tajik side – Minister of Agriculture Qurbon Hakimzoda.",
    lambda f: {("bakhtiyor saidov", "UZ"), ("laziz abdullaev", "UZ"), ("qurbon hakimzoda", "TJ")} <= f["countries"],
)


# "called on the President of Kiribati, Te Beretitenti Taneti Ioane": the Kiribati title of its President,
# an honorific before the name, not part of it
probe(
    "te-beretitenti-honorific",
    "The minister called on the President of Kiribati, Te Beretitenti Taneti Ioane, on Monday.",
    lambda f: named(f) == {"taneti ioane"} and ("taneti ioane", "te beretitenti") in f["honorifics"],
)


# "Minister of Public Security Police Lieutenant General X" (Lao and Vietnamese releases): "Police" opens the
# rank, not a word of the ministry's name
probe(
    "police-rank-after-ministry",
    "Vientiane, May 7 (KPL) - Minister of Public Security Police Lieutenant General Vilay Lakhamfong received "
    "the delegation yesterday.",
    lambda f: ("vilay lakhamfong", "minister of public security") in posts(f),
    published="2024-05-07",
)


# "the Defence Secretary of the Ministry of Defence of India, Shri ...": a title named by its field is whole;
# the ministry after it is where it is held
probe(
    "field-title-of-a-ministry",
    "The delegation was received by the Defence Secretary of the Ministry of Defence of India, Shri Rakesh "
    "Kumar Verma, on 6 December.",
    lambda f: ("rakesh kumar verma", "defence secretary") in posts(f),
)


# "the director general of Mozambique's National Institute of Health, Dr. ...": a state's possessive before
# the body the post heads is part of its words
probe(
    "state-possessive-before-body",
    "The memorandum was signed by the director general of Mozambique's National Institute for Health Research, "
    "Dr. Ilesh Jani, in Maputo.",
    lambda f: (
        ("ilesh jani", "director general of national institute for health research") in posts(f)
        and ("ilesh jani", "MZ") in f["countries"]
    ),
)


# "the Governor of Bayan-Ulgii Province, Mr. ...": a region's hyphenated name no list knows, before the body's
# head, is one name
probe(
    "hyphenated-region-name",
    "The ambassador was received by the Governor of Bayan-Ulgii Province, Mr. D. Batbayar, on Tuesday.",
    lambda f: ("d. batbayar", "governor of bayan ulgii province") in posts(f),
)


# "Speaker of the House of Peoples' Representatives (HoPR) Name": a plural's possessive apostrophe inside a
# body's name does not end it
probe(
    "plural-possessive-in-body-name",
    "Speaker of the House of Peoples' Representatives (HoPR) Tadesse Alemu Bekele held talks today with the "
    "visiting delegation.",
    lambda f: ("tadesse alemu bekele", "speaker of house of peoples representatives") in posts(f),
)


# "the Secretary to the Treasury, Dr. ...": a title held to a body (no envoy's accreditation) is held in it,
# so the post reaches its holder
probe(
    "secretary-to-the-treasury",
    "In the presence of the two ministers, the Secretary to the Treasury, Dr. Nimal Perera, and the Ambassador "
    "signed the notes.",
    lambda f: ("nimal perera", "secretary to treasury") in posts(f),
)


# "On 7 May, he called on X.\n\nIn the presence of the two Ministers, A and B signed ...": a signing its witnesses
# tie to the event told before, in the next paragraph, took place that day
probe(
    "witnessed-signing-next-paragraph",
    "LUSAKA, 10 May 2024 - On 7 May, Minister Ravi Menon called on the Minister of Finance of Zambia, Mr. "
    "Joseph Banda.\n\nIn the presence of the two Ministers, High Commissioner Anil Rao and Permanent Secretary "
    "Ms. Mary Phiri signed an agreement for a line of credit.",
    lambda f: ("agreement-signing", "2024-05-07") in dated(f),
)


# "where he and the Mayor inaugurated four classrooms": an opening ceremony of things counted, not only of "a"
# or "the" thing
probe(
    "inaugurated-counted-things",
    "SAN JOSE, 10 May 2024 - On 9 May, the Ambassador of Japan, Mr. Taro Sato, and the Mayor of Heredia, Ms. "
    "Ana Rios, inaugurated three classrooms at a rural school.",
    lambda f: ("ceremony", "2024-05-09") in dated(f),
)


# "held talks today ... arrived yesterday and was welcomed by ... At the end of the talks, they signed": the signing
# follows the engagement told as talks, not the reception told since
probe(
    "after-the-talks-told-as-talks",
    "ACCRA, 10 May 2024 - Foreign Minister Kofi Mensah held talks today with Foreign Minister Jean Kabore of "
    "Burkina Faso.\n\nMinister Kabore arrived in Accra yesterday and was welcomed at the airport by Deputy "
    "Minister Ama Owusu.\n\nAt the end of the talks, the two ministers signed a memorandum of understanding.",
    lambda f: ("agreement-signing", "2024-05-10") in dated(f),
)


# "Later the same day, in Nacala, the Minister visited the headquarters ... He also handed over ...": a paragraph
# opened by "later" goes on the day of the last event told, in all its sentences
probe(
    "paragraph-opened-later",
    "KIGALI, 10 May 2024 - Minister of Defence, Hon. Paul Mugenyi, yesterday concluded a three-day working visit to "
    "the Republic of Mozambique.\n\nOn Wednesday, the delegation travelled to Nampula, where it was received by the "
    "Governor of Nampula Province, Mr. Simon Okello.\n\nLater the same day, in Nacala, Minister Mugenyi visited the "
    "headquarters of the Joint Task Force. He also handed over school furniture to the District Government of "
    "Nacala, represented by District Administrator Ms. Ana Opio.",
    lambda f: ("aid-delivery", "2024-05-08") in dated(f),
)


# "Following the official part, the President held separate meetings ... In her conversation with Ambassador X":
# a paragraph opened by what it follows goes on the day of the last event told, in all its sentences
probe(
    "paragraph-opened-following",
    "Vilnius, 12.03.2024 - The Ambassador of Chile, Mr. Pablo Rojas, arrived in Vilnius on Monday and was welcomed "
    "by the Chief of Protocol, Mr. Jonas Kazlauskas.\n\nThe President of Lithuania, Ona Petraitiene, today received "
    "the credentials of Ambassador Rojas.\n\nFollowing the official part, the President held separate meetings with "
    "the ambassadors. In her conversation with Ambassador Rojas, President Petraitiene thanked Chile for its support.",
    lambda f: ("meeting", "2024-03-12") in dated(f),
    published="2024-03-12",
)


# "was received at the quayside by Captain da Silva": a person named again by a surname its lowercase particles
# begin, after a title
probe(
    "title-before-particled-surname",
    "LUANDA, 7 May 2024 - Rear Admiral John Okoro handed over two boats yesterday to the Commander of the Coast "
    "Guard, Captain Rui Lopes da Costa.\n\nOkoro arrived in Luanda on Friday and was received at the quayside by "
    "Captain da Costa.",
    lambda f: ("reception", "2024-05-03") in dated(f),
    published="2024-05-07",
)


# "departed Apia this afternoon after a four-day port visit to the Independent State of Samoa, led by Captain X":
# the one leading the visit is its visitor, and the visit began four days back
probe(
    "port-visit-led-by",
    "SUVA, 19 July 2024 - The patrol boat RFNS Kiro departed Apia this afternoon after a four-day port visit to the "
    "Independent State of Samoa, led by Captain Eroni Vatu.",
    lambda f: ("visit", "2024-07-16") in dated(f) and any(("eroni vatu", "visitor") in p for _, p in eng(f)),
    published="2024-07-19",
)


# "The ship berthed at the wharf on Monday and was welcomed by Commander X": a navy ship stands for those it carries
probe(
    "ship-welcomed-by",
    "SUVA, 19 July 2024 - The patrol boat RFNS Kiro departed Apia this afternoon after a four-day port visit to "
    "Samoa, led by Captain Eroni Vatu.\n\nThe ship berthed at Matautu Wharf in Apia on Tuesday 16 July and was "
    "welcomed by the Commanding Officer of the Maritime Unit, Commander Tavita Leota.",
    lambda f: ("reception", "2024-07-16") in dated(f),
    published="2024-07-19",
)


# "held discussions with the Minister": discussions held with someone are a meeting, as talks are
probe(
    "held-discussions-with",
    "ACCRA, 10 May 2024 - On Tuesday, Ambassador Taro Sato of Japan held discussions with Finance Minister Kofi "
    "Asante on the new grant.",
    lambda f: ("meeting", "2024-05-07") in dated(f),
)


# 'exercise "Baltic Lynx", which began on 6 May ... with some 2,000 troops from Latvia, Poland and Denmark': an
# exercise of the states whose troops take part
probe(
    "exercise-with-troops-from",
    'RIGA, 10 May 2024 - The Chief of Defence, General Janis Ozols, observed exercise "Baltic Lynx", which began '
    "on 6 May at the Adazi Training Area with some 2,000 troops from Latvia, Poland and Denmark.",
    lambda f: ("exercise", "2024-05-06") in dated(f),
)


# "signed two loan agreements worth a combined $N": the sum of gifts told one by one is no gift of its own
probe(
    "aid-worth-a-combined-sum",
    "The African Development Bank on Tuesday signed two loan agreements worth a combined US$90 million with "
    "the governments of Ghana and Togo to upgrade the coastal highway.",
    lambda f: not any(v == "90000000" for _, _, v, *_ in f["aid"]),
)


# "to King Tevita Memorial Hospital": a body named after a sovereign keeps the sovereign's title in its name
probe(
    "body-named-after-a-sovereign",
    "Japan donated medical equipment worth $300,000 to King Tevita Memorial Hospital in Nuku'alofa.",
    lambda f: any(r == "king tevita memorial hospital" for _, r, *_ in f["aid"]),
)


# "Laos and Asian Development Bank sign ...": a state joined by "and" before a body is its partner, no
# part of the body's name
probe(
    "state-and-partner-body",
    "Laos and Asian Development Bank sign $40 million grant for rural roads",
    lambda f: any(d == "asian development bank" and r == "laos" for d, r, *_ in f["aid"]),
)


# "The grant is part of a new support package of $N": the whole a gift told on its own belongs to is no gift
# of its own
probe(
    "gift-part-of-a-package",
    "Norway gave Kenya $20 million for drought relief. The grant is part of a new support package of "
    "$100 million announced by Norway for East Africa.",
    lambda f: not any(v == "100000000" for _, _, v, *_ in f["aid"]),
)


# "The Islamic Development Bank Group signed ...": a bank's "Group" is part of its name
probe(
    "bank-group-name",
    "The Islamic Development Bank Group on Monday signed a financing agreement with the Government of Niger.",
    lambda f: ("islamic development bank group", "") in f["organizations"],
)


# "The Bank signed two loan agreements ... The Government of X will receive a loan of $N": a sum received
# from no one named comes from the body that signed for it the sentence before (not the receiver's gift)
probe(
    "receipt-from-the-signer-before",
    "The Nordic Investment Fund on Monday signed two loan agreements with the governments of Ghana and Togo. "
    "The Government of Ghana will receive a loan of $60 million.",
    lambda f: any(d == "nordic investment fund" and v == "60000000" for d, _, v, *_ in f["aid"]),
)


# "X will receive a loan of $N and Y a loan of $M": the verb left out after "and" is the one before
probe(
    "gapped-receipt-after-and",
    "The Nordic Investment Fund on Monday signed two loan agreements with Ghana and Togo. "
    "Ghana will receive a loan of $60 million and Togo a loan of $40 million.",
    lambda f: ("nordic investment fund", "togo", "40000000", "USD", "exactly") in f["aid"],
)


# "to the United Nations World Food Programme": a UN agency named after the United Nations' name is one body
probe(
    "un-agency-after-united-nations",
    "Norway gave $5 million to the United Nations World Food Programme for school meals in Malawi.",
    lambda f: any(r == "united nations world food programme" for _, r, *_ in f["aid"]),
)


# "RMB 20 million", "RM5 million", "GH¢5 million", "MK500 million", "N$5 million", "BD 1 million", "Nu. 50
# million" and codes such as "BND", "MOP", "XPF": currencies' own signs and codes as their papers write them
for _written, _code in (
    ("RMB 20 million", "CNY"),
    ("RM5 million", "MYR"),
    ("N$5 million", "NAD"),
    ("BND 1 million", "BND"),
    ("KM 2 million", "BAM"),
    ("S/ 10 million", "PEN"),
    ("100 million soms", "KGS"),
):
    probe(
        f"currency-sign-{_code}",
        f"The Embassy said China donated {_written} to the Ministry of Health of Laos.",
        lambda f, code=_code: any(c == code for *_, c, _ in f["aid"]),
    )


# "NAIROBI - ... visited Kenya from 3 to 5 May ... was received on Tuesday": a visit to a state whose words
# name no city is not placed in the dateline's city; "who arrived here on Sunday" is
probe(
    "visit-to-state-not-at-dateline",
    "NAIROBI, May 6 (Xinhua) -- Finnish Minister of Trade Aino Lahtinen visited Kenya from 3 to 5 May. "
    "Minister Lahtinen was received on Tuesday by Kenyan President Daniel Mwangi Kiprop.",
    lambda f: ("visit", "nairobi") not in placed(f) and ("reception", "nairobi") in placed(f),
)
probe(
    "visit-arrived-here",
    "KAMPALA, May 8 (Xinhua) -- Uganda and Finland signed on Tuesday a loan agreement for rural roads. The "
    "agreement was signed by Ugandan Finance Minister John Okello Mugisha and Finland's Minister of Trade, Aino "
    "Lahtinen, who arrived here on Sunday at the head of a delegation.",
    lambda f: ("visit", "kampala") in placed(f),
)


# "On Tuesday, shortly after arriving in Monrovia, the Minister was received by": the visit began there
probe(
    "visit-placed-shortly-after-arriving",
    "Embassy of Norway\nNews, 10 May 2024\n\nNorway's Minister of Health Ola Brekke visited Liberia from 7 to "
    "9 May. On Tuesday, shortly after arriving in Monrovia, the Minister was received by President Samuel "
    "Kollie Tarr.",
    lambda f: ("visit", "monrovia") in placed(f),
)


# "On the 12th, he was received by the Prime Minister ... Today, the delegation arrived in Mwanza": an arrival
# told in a later paragraph is a trip after the part, not the city the visit began in
probe(
    "later-arrival-not-the-visits-city",
    "On May 11, Deputy Minister of Foreign Affairs of Finland Aino Lahtinen held political consultations in "
    "Dodoma with Permanent Secretary Amina Salum Kombo.\n\nOn the 12th, the Finnish Deputy Minister was "
    "received by Prime Minister of Tanzania Juma Mwita Kassim.\n\nToday, the Finnish delegation arrived in "
    "Mwanza, where it was received by the Regional Commissioner, Neema Joseph Mollel.",
    lambda f: ("reception", "mwanza") in placed(f) and ("reception", "dodoma") in placed(f),
    published="2024-05-13",
)


# "X, who arrived in Nairobi on Sunday on a three-day visit, held talks on Monday at State House": a part told
# with the visit's arrival took place in the city of arrival, not that of a part told before it
probe(
    "part-told-with-arrival",
    "NAIROBI, May 8 (KNA) - Prime Minister Daniel Mwangi Kiprop received on Tuesday Finnish Minister of Trade "
    "Aino Lahtinen at the seat of government in Mombasa.\n\nLahtinen, who arrived in Nairobi on Sunday on a "
    "three-day visit, held talks on Monday at the Treasury with Finance Minister Joseph Otieno Wanjala.",
    lambda f: ("meeting", "nairobi") in placed(f),
)


# "held a working meeting in which they reviewed ... the smuggling across the border at Busia": a city in
# what a meeting reviewed is no venue of it
probe(
    "city-in-what-was-reviewed",
    "Finnish Minister of Trade Aino Lahtinen arrived in Nairobi on Monday. On Tuesday, Minister Lahtinen and "
    "Kenyan Trade Minister Rose Akinyi Otieno held a working meeting in which they reviewed bilateral trade and "
    "the smuggling across the border at Busia.",
    lambda f: ("meeting", "busia") not in placed(f) and ("meeting", "nairobi") in placed(f),
)


# "was received by the Mayor of Eldoret, Mr. ..., at City Hall": the town a mayor governs is a place named,
# and where the mayor receives
probe(
    "received-by-the-mayor-of-a-town",
    "Embassy of Finland in Kenya\nPress Release\n\nOn May 8, the Ambassador of Finland to Kenya, Ms. Aino "
    "Lahtinen, was received by the Mayor of Eldoret, Mr. Peter Kamau Njoroge, at City Hall.",
    lambda f: ("reception", "eldoret") in placed(f),
)


# "was received in Tsagaanbulag by the Governor": a reception told in a town no list knows is not placed in a
# capital
probe(
    "received-in-an-unknown-town",
    "Embassy of Finland to Mongolia\nEmbassy News | 2024-06-05\n\nAmbassador Aino Lahtinen visits Dornogovi "
    "province\n\nAmbassador Aino Lahtinen visited Dornogovi Province and Govisumber Province from 3 to 4 June to "
    "review Finland's development cooperation projects.\n\nOn 3 June, Ambassador Lahtinen was received in "
    "Tsagaanbulag by the Governor of Dornogovi Province, Mr. B. Enkhbold. They discussed vocational education.",
    lambda f: not {c for k, c in placed(f) if k == "reception"},
    published="2024-06-05",
)


# "handed over ... at a ceremony held at the Training Centre in Battambang province": a city's name before a
# region's lowercase kind names the region, not the city
probe(
    "city-name-of-lowercase-region",
    "On June 11, 2024, H.E. Ms. Aino Lahtinen, Ambassador of Finland to the Kingdom of Cambodia, handed over "
    "demining equipment to H.E. Chea Sokha, Director General of the National Demining Centre, at a ceremony "
    "held at the Training Centre in Battambang province.",
    lambda f: ("aid-delivery", "battambang") not in placed(f),
    published="2024-06-12",
)


# "PRESS RELEASE / 12 May 2024 / HEADLINE / NAIROBI – The ...": a city in capitals and a dash opening the story,
# its day on a heading line above, is the dateline
probe(
    "caps-dateline-after-heading-date",
    "KENYA POLICE SERVICE\nPublic Affairs Office\n\nPRESS RELEASE\n12 May 2024\n\nFINNISH AMBASSADOR HANDS OVER "
    "PATROL VEHICLES TO KENYA POLICE\n\nNAIROBI – Finland and Kenya today marked ten years of police "
    "cooperation.\n\nThe Ambassador of Finland to Kenya, Ms. Aino Lahtinen, handed over ten patrol vehicles to "
    "the Inspector General of Police, Mr. Joseph Kiprono Mutua, at the Police Training School.",
    lambda f: ("aid-delivery", "nairobi") in placed(f),
    published="2024-05-12",
)


# "The Ambassador of Finland to Kenya ... travelled to Eldoret, where she met the Governor": an envoy's trip
# within the state of her post is no visit to it, but places what she did there
probe(
    "envoys-trip-at-post-no-visit",
    "On 8 May, the Ambassador of Finland to Kenya, Ms. Aino Lahtinen, travelled to Eldoret, where she met the "
    "Governor of Uasin Gishu County, Mr. Jonathan Kiptoo Bii, and discussed support for dairy cooperatives.",
    lambda f: not {k for k, _ in placed(f) if k == "visit"} and ("meeting", "eldoret") in placed(f),
)


# "received in Vientiane X and his delegation, who are on an official visit to the Lao PDR": "Lao PDR" names
# Laos, so the visit is to the state and the city is the reception's
probe(
    "lao-pdr-names-laos",
    "Vientiane, May 9 (KPL) – Minister of Finance Somphone Keomany received yesterday in Vientiane Aino "
    "Lahtinen, Minister of Trade of Finland, and her delegation, who are on an official visit to the Lao PDR "
    "from May 7 to 10.",
    lambda f: ("visit", "vientiane") not in placed(f) and ("reception", "vientiane") in placed(f),
    published="2024-05-09",
)


# "Turkiye", "Bosnia", "East Timor": states' names as wire copy writes them, without diacritics or in short
probe(
    "states-short-and-ascii-names",
    "Finnish Minister of Trade Aino Lahtinen held talks with officials of Bosnia on Monday during an official "
    "visit to Turkiye and East Timor.",
    lambda f: (
        {("bosnia and herzegovina", "country"), ("timor-leste", "country"), ("turkey", "country")} <= set(f["places"])
    ),
)


# "travelled to Hai Phong, where the two vessels conducted a joint drill": Vietnamese press writes its cities'
# names in their syllables ("Ha Noi", "Hai Phong", "Da Nang")
probe(
    "city-in-its-syllables",
    "On 24 May, the Finnish delegation travelled to Hai Phong, where the Finnish patrol vessel Turva and a "
    "Vietnamese coast guard vessel conducted a joint search and rescue drill.",
    lambda f: ("exercise", "haiphong") in placed(f),
)


# "travelled to Tsagaannuur, in Khovd province, where they conferred with the Governor": what follows a trip
# to a town no list knows is told there, not in the city the visit began in
probe(
    "trip-to-an-unknown-town",
    "Finnish Minister of Trade Aino Lahtinen arrived in Ulaanbaatar on Monday for an official visit to Mongolia."
    "\n\nOn Tuesday, the Minister travelled to Tsagaannuur, in Khovd province, where she conferred with the "
    "Governor of Khovd Province, Mr. B. Enkhbold.",
    lambda f: ("visit", "ulaanbaatar") in placed(f) and not {c for k, c in placed(f) if k == "meeting"},
)


# "on an official visit to Kenya from May 5 to 8 ... Upon arrival in Nairobi on May 5, the delegation laid a
# wreath": the visit began in the city of arrival, though the arrival is told with no engagement of its own
probe(
    "visit-placed-upon-arrival-in",
    "Minister of Defence of Finland Aino Lahtinen, who is on an official visit to Kenya from May 5 to 8, held "
    "talks with Cabinet Secretary for Defence Peter Kamau Njoroge on May 6.\n\nUpon arrival in Nairobi on May 5, "
    "the Finnish delegation laid a wreath at the Memorial Park.",
    lambda f: ("visit", "nairobi") in placed(f),
)


# "handed over to the Deputy Chief of Staff for Logistics, Brigadier General X": the words inside a post's title
# ("Staff for Logistics") open no organization of their own
probe(
    "no-body-inside-a-title",
    "Colonel Omar Haddad handed over the shipment to the Deputy Chief of Staff for Logistics, Brigadier General "
    "Karim Nassar, at the port.",
    lambda f: not any("staff" in o for o, _ in f["organizations"]),
)


# "the Samoan Coast Guard (SCG) ... turned over to SCG Commandant, Admiral X, drones worth": a title opening
# with an acronym the text gave in brackets is a post of the body spelled out, not of a body named "SCG"
probe(
    "acronym-opening-a-title",
    "Commandant Kenji Mori of the Japan Coast Guard visited the Samoan Coast Guard (SCG). He turned over to SCG "
    "Commandant, Admiral Tavita Leota, drones worth USD 3 million, donated by the Government of Japan.",
    lambda f: not any(o == "scg" for o, _ in f["organizations"]) and any(a[1] == "coast guard" for a in f["aid"]),
)


# "signed by KFAED Deputy Director-General for Operations X": "for" after a title opening with an acronym names
# the post's remit ("Operations" is no body); the acronym names the body
probe(
    "acronym-title-for-remit",
    "The Nordic Fund for Island Development (NFID) signed a loan agreement with Tonga worth USD 150,000. The "
    "agreement was signed by NFID Deputy Director-General for Operations Lars Berg and Tonga's Minister of Finance "
    "Sione Vaipulu.",
    lambda f: (
        not any(o == "operations" for o, _ in f["organizations"])
        and any(a[0] == "nordic fund for island development" for a in f["aid"])
    ),
)


# "funded by Global Affairs Canada", "LuxDev will provide": states' development agencies whose names no
# institution word heads are bodies, each its state's
probe(
    "donor-agencies-by-name",
    "The equipment, valued at CAD 300,000 and funded by Global Affairs Canada, was handed over to the Belize "
    "Coast Guard. Norad will provide NOK 5 million to Belize for mangrove restoration.",
    lambda f: (
        {("global affairs", "CA"), ("norad", "NO")} <= set(f["organizations"])
        and any(a[0] == "norad" for a in f["aid"])
    ),
)


# "worth 850,000 euros, financed by the Luxembourg development agency LuxDev, to X": the giver named after
# "financed by" is the body the state and the words after it describe, not the state
probe(
    "financed-by-the-states-agency-named",
    "In Mindelo, Minister Paul Weber handed over a desalination unit worth 850,000 euros, financed by the "
    "Luxembourg development agency LuxDev, to the Municipal Chamber of Praia.",
    lambda f: any(a[0] == "luxdev" for a in f["aid"]),
)


# "The king flew in for a one-day visit": a visit told by its arrival by air ("flew in for", "is here for")
probe(
    "flew-in-for-a-visit",
    "AMMAN, May 10 - Jordanian Prime Minister Samir Haddadin received the Emir of Kuwait, Sheikh Nasser Al-Sabah, in "
    "Amman on Thursday.\n\nThe Emir flew in for a one-day visit, his first to the country this year.",
    lambda f: ("visit", "2024-05-09") in dated(f),
)


# "Yesterday, General X witnessed the closing ceremony of the exercise": one guest attends a ceremony of its
# kind alone; and "at the Joint Training Centre, Kharian": a town named after a site's name and a comma
probe(
    "witnessed-the-closing-ceremony-at-a-site-comma-town",
    "ISLAMABAD, May 10 - Yesterday, Finnish Major General Aino Lahtinen witnessed the closing ceremony of the "
    "joint exercise at the Joint Training Centre, Kharian.",
    lambda f: ("ceremony", "2024-05-09") in dated(f) and ("ceremony", "kharian") in placed(f),
)


# "Germany's State Secretary at the BMZ, Dr. X": a title held at a body written by its acronym alone, whose
# holder its title then names ("The State Secretary was received on Monday by ...")
probe(
    "title-at-an-acronym-before-its-holder",
    "LUSAKA, May 10 - Finland's Ministry for Foreign Development (MFD) pledged EUR 5 million to Zambia on "
    "Thursday.\n\nThe pledge was announced by Finland's State Secretary at the MFD, Dr. Aino Lahtinen, at the end "
    "of a three-day visit.\n\nThe State Secretary was received on Monday by Vice-President Mutale Banda.",
    lambda f: ("reception", "2024-05-06") in dated(f),
)


# "met the director of the Vakhsh cement plant, Rustam Olimov": a title over a works no list knows, written
# lowercase between "the" and its holder's name after a comma
probe(
    "director-of-the-plant-comma-holder",
    "DUSHANBE, May 10 - On Thursday, Finnish Ambassador Aino Lahtinen travelled to Vakhsh, where she met the "
    "director of the Vakhsh cement plant, Rustam Olimov, and toured its new kiln.",
    lambda f: "rustam olimov" in named(f) and ("meeting", "2024-05-09") in dated(f),
)
