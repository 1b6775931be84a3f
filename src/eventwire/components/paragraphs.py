"""paragraphs: a line break ends a sentence.

The statistical parser sometimes runs the last sentence of a paragraph into the first of the next; news
paragraphs never continue a sentence, so the token after a newline starts one. Runs before the parser,
which keeps preset sentence starts.
"""
from spacy.language import Language


@Language.component("eventwire_paragraphs")
def mark_paragraph_starts(doc):
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            if not tok.is_space:
                tok.is_sent_start = True
    return doc
