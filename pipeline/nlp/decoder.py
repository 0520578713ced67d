"""The model's parser and entity recognizer, decoded greedily by a loop that holds the GIL.

spaCy's own greedy decoder (`Parser.greedy_parse`) runs its loop in compiled code with the GIL
released, and spaCy 3.8's Cython 3 build takes the GIL back on most validity checks of an action
(exception checks after calls that may return -1): on BBC news that lock traffic costs more than
the networks themselves. This loop is the one spaCy's training uses: score the unfinished states
with the component's step model, then `transition_states` (the best valid action for each state),
with the GIL held throughout. Both components take about half the time.

The annotations are the model's own: heads, dependency labels, sentence starts, POS, lemmas and
entities were identical on 3,863 news articles (1,585,160 tokens: the 2,225 BBC articles and the
texts of every dev set) when this was written, and the model's pipeline took 1.76x our time.

`swap_in` adds the wrapper after each greedy transition-based component of a pipeline and disables
the original; tests/nlp/test_decoder.py compares the annotations with the model's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.pipeline.transition_parser import Parser
from spacy.tokens import Doc
from spacy.util import minibatch

from pipeline.nlp.linebreaks import unmarked_starts


class GreedyDecoder:
    """Runs the pipeline's transition-based component `source` (disabled once this is added) with
    the loop above."""

    def __init__(self, nlp: Language, name: str, source: str):
        self.name = name
        self.source: Parser = nlp.get_pipe(source)

    def predict(self, docs: list[Doc]) -> list:
        """The component's final states for a batch of docs (the entity recognizer's without the
        sentence starts set at line breaks: see `linebreaks.unmarked_starts`)."""
        if self.source.moves.__class__.__name__ == "BiluoPushDown":
            with unmarked_starts(docs):
                return self._predict(docs)
        return self._predict(docs)

    def _predict(self, docs: list[Doc]) -> list:
        source = self.source
        batch = source.moves.init_batch(docs)
        states = [state for state in batch if not state.is_final()]
        if not states:
            return batch
        model = source.model.predict(docs)
        scores = step_scores(model)
        while states:
            states = source.transition_states(states, scores(states))  # the states not yet final
        model.clear_memory()
        return batch

    def __call__(self, doc: Doc) -> Doc:
        self.source.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            self.source.set_annotations(batch, self.predict(batch))
            yield from batch


def step_scores(model) -> Callable[[list], object]:
    """The step model's action scores for a batch of unfinished states.

    spaCy's step (`ParserStepModel.predict`) also lowers the scores of classes unseen in training to
    the batch minimum, which takes a `nanmin` over the scores at every step: where no class is
    unseen (the trained models) the same features, hidden layer and output layer are computed
    without it, and without the wrapper's per-step closures; otherwise spaCy's step is used.
    """
    if not model.attrs["has_upper"] or not model._class_mask.all():
        return model.predict
    features, hidden, output = model.get_token_ids, model.state2vec.predict, model.vec2scores.predict
    return lambda states: output(hidden(features(states)))


@Language.factory("news_greedy_decoder", default_config={"source": "parser"})
def make_decoder(nlp: Language, name: str, source: str) -> GreedyDecoder:
    """Needs the model's parser or entity recognizer `source` in `nlp` (disabled once this is added)."""
    return GreedyDecoder(nlp, name, source)


def swap_in(nlp: Language) -> Language:
    """Replace every greedy parser and entity recognizer of `nlp` by the wrapper above."""
    for name in list(nlp.pipe_names):
        proc = nlp.get_pipe(name)
        if isinstance(proc, Parser) and proc.cfg.get("beam_width", 1) == 1:
            nlp.add_pipe("news_greedy_decoder", name=f"news_{name}", after=name, config={"source": name})
            nlp.disable_pipe(name)
    return nlp
