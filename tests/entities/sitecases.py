"""The golden-case runner the geography tests share: a case's places as entity items, located
together by `geo.locate`, and the country given to its site."""

from __future__ import annotations

import re

from pipeline.entities import geo


def site_country(case: dict) -> str | None:
    """The country `geo.locate` gives the case's `site` among its `places` ([name, label] pairs, each
    mentioned wherever the text writes it as a whole word)."""
    text = case["text"]
    items = []
    for name, label in case["places"]:
        mentions = [{"start": m.start(), "end": m.end(), "text": name}
                    for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
        items.append({"name": name, "aliases": [], "label": label, "count": len(mentions),
                      "mentions": mentions})
    geo.locate(items, text)
    return next(it for it in items if it["name"] == case["site"])["country"]
