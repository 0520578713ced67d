"""Short forms of a law's or a work's whole name joined to it: a law without its year ("Licensing
Act" of "Licensing Act 2003") and a game's, a film's or a book's subtitle alone or after the
initials of its series ("Sea Road" or "KW Sea Road" of "Kestrel Wars: Sea Road"). All work on the
grouping's folded keys."""

from __future__ import annotations

from pipeline.entities import candidates as C
from pipeline.entities.candidates import Cand
from pipeline.entities.fullnames import join_sole_fit


def _label(by_key: dict[str, list[Cand]], labels: dict[str, str], key: str) -> str:
    return labels.get(key, by_key[key][0].label)


def law_years(by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]) -> None:
    """A law named without the year of its short title is the one law of that name with a year."""
    laws = [k for k in by_key if _label(by_key, labels, k) == "LAW"]
    if any(k[-4:].isdigit() for k in laws):
        join_sole_fit(laws, parent, lambda key, k: k[:-5] == key and k[-5:-4] == " " and k[-4:].isdigit())


def subtitles(by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]) -> None:
    """A work named by the subtitle after its title's colon ("Sea Road" of "Kestrel Wars: Sea Road"),
    or by that subtitle after the series' initials ("KW Sea Road"), is that work when only one fits."""
    works = [k for k in by_key if ": " in k and _label(by_key, labels, k) == "WORK_OF_ART"]
    if works:
        shorts = [k for k in by_key if ": " not in k and " " in k]
        join_sole_fit(shorts + works, parent, lambda key, k: k in works and _short_of(key, k))


def _short_of(key: str, whole: str) -> bool:
    """`key` is the subtitle of `whole` ("series: subtitle"), alone or after the series' initials."""
    series, _, sub = whole.partition(": ")
    if key == sub:
        return " " in sub or len(sub) > 5
    head, _, rest = key.partition(" ")
    return rest == sub and head == "".join(w[0] for w in series.split())


def headline_versions(
    ctx: C.DocCtx, by_key: dict[str, list[Cand]], labels: dict[str, str], parent: dict[str, str]
) -> None:
    """A product or work named bare only in the headline ("Slim Zoombox sells out") is the one
    numbered version the article names ("Zoombox 2"); a bare name in the text may be the brand."""
    kinds = {"PRODUCT", "WORK_OF_ART"}
    numbered = [k for k in by_key if k[-1:].isdigit() and " " in k and _label(by_key, labels, k) in kinds]
    if not numbered or ctx.line_of(len(ctx.words) - 1) == 0:  # one line: no headline
        return
    for key, ms in by_key.items():
        if key in parent or not all(ctx.line_of(c.start) == 0 for c in ms):
            continue
        versions = [k for k in numbered if k.rpartition(" ")[0] == key and k.rpartition(" ")[2].isdigit()]
        if len(versions) == 1:
            parent[key] = parent.get(versions[0], versions[0])
