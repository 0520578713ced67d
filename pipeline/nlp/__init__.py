"""The Language: the spaCy model, our four stage components and the Doc extensions they write."""
