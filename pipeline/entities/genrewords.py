"""Genre and medium words the model takes for names (`genre_word`): a music or film genre written
in capitals or as a symbol ("R&B singer Ann Lee", "hip-hop, RnB and grime", "Britpop", "the
Westerns and war films") or the medium "TV" alone ("reality TV show", "film, TV and music") is a
kind of work, no name. Only the words with no name's reading are listed: "Pop", "Rock", "Soul",
"Blues", "Drama" and "Opera" are also albums, people, clubs and products."""

from __future__ import annotations

from pipeline.entities.candidates import Cand, DocCtx

GENRES = frozenset(
    {"r&b", "rnb", "r'n'b", "r n b", "hip-hop", "hip hop", "hiphop", "trip-hop", "britpop", "britrock",
     "k-pop", "j-pop", "nu-metal", "drum'n'bass", "drum and bass", "rock'n'roll", "rock 'n' roll",
     "sci-fi", "westerns", "spaghetti westerns", "tv"}
)  # folded keys (`lexicon.norm`) of genre and medium words that name no one thing


def genre_word(ctx: DocCtx, c: Cand) -> bool:
    """True when the candidate's whole text is a genre or medium word (see the module's doc)."""
    return c.end - c.start <= 5 and ctx.norm_of(c.start, c.end) in GENRES
