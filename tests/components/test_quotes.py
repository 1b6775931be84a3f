"""Quotes on sentences written for these tests (real model): kinds, content spans and speakers."""
import pytest

from eventwire.components.quotes import quote_spans


def speaker_of(doc, q):
    names = {a.id: a.name for a in doc.actors}
    return names.get(q.speaker)


def quote_with(doc, part):
    hits = [q for q in doc.quotes if part in q.text]
    assert hits, f"no quote containing {part!r} in {[q.text for q in doc.quotes]}"
    return hits[0]


def check_offsets(doc):
    text = doc.article.text
    for q in doc.quotes:
        assert text[q.start:q.end] == q.text
        if q.speaker_mention is not None:
            m = q.speaker_mention
            assert text[m.start:m.end] == m.text
    assert [q.id for q in doc.quotes] == [f"Q{k}" for k in range(1, len(doc.quotes) + 1)]
    assert [q.start for q in doc.quotes] == sorted(q.start for q in doc.quotes)


# ---- quote-mark scanning (no model) ----------------------------------------------------------------

def test_quotes_marks_curly_and_straight():
    text = 'She said “we will win.” Then he said "we will not."'
    spans = [text[s:e] for s, e, _, _ in quote_spans(text)]
    assert spans == ["we will win.", "we will not."]


def test_quotes_marks_inner_single_quotes_stay_inside():
    text = "“He told me: ‘Go home now,’ and I did,” she said."
    spans = [text[s:e] for s, e, _, _ in quote_spans(text)]
    assert spans == ["He told me: ‘Go home now,’ and I did,"]


def test_quotes_marks_continue_into_next_paragraph():
    text = "“The first part goes on.\n\n“And the second part ends here,” she said.\n\nUnrelated text."
    spans = [text[s:e] for s, e, _, _ in quote_spans(text)]
    assert len(spans) == 1
    assert spans[0].startswith("The first part") and spans[0].endswith("ends here,")


def test_quotes_marks_unclosed_quote_ends_with_its_paragraph():
    text = "He said “this never closes.\n\nA new paragraph with no marks."
    spans = [text[s:e] for s, e, _, _ in quote_spans(text)]
    assert spans == ["this never closes."]


# ---- direct quotes with the real model ---------------------------------------------------------------

def test_quotes_direct_speaker_after(run):
    doc = run("“We will not accept any deal that ignores our borders,” Olaf Scholz said on Tuesday.")
    check_offsets(doc)
    q = quote_with(doc, "We will not accept any deal")
    assert q.kind == "direct"
    assert "Scholz" in speaker_of(doc, q)
    assert q.speaker_mention.text == "Olaf Scholz"
    assert q.cue == "said"
    assert "“" not in q.text and "”" not in q.text


def test_quotes_direct_speaker_before_with_colon(run):
    doc = run('Emmanuel Macron said: "Europe must be ready to defend itself without waiting for anyone."')
    check_offsets(doc)
    q = quote_with(doc, "Europe must be ready")
    assert q.kind == "direct"
    assert "Macron" in speaker_of(doc, q)


def test_quotes_direct_interrupted_by_attribution_has_one_speaker(run):
    doc = run("“The talks were useful,” Keir Starmer said, “but they are only a first step toward peace.”")
    check_offsets(doc)
    first = quote_with(doc, "The talks were useful")
    second = quote_with(doc, "only a first step")
    assert first.speaker is not None and first.speaker == second.speaker
    assert "Starmer" in speaker_of(doc, first)


def test_quotes_direct_pronoun_speaker_resolved_by_coreference(run):
    doc = run("Antonio Guterres arrived in Geneva on Monday. He continued, “Every day of delay costs lives "
              "in the camps.”")
    check_offsets(doc)
    q = quote_with(doc, "Every day of delay")
    assert q.cue == "continued"
    assert q.speaker_mention.text == "He"
    assert "Guterres" in speaker_of(doc, q)


def test_quotes_direct_spanning_two_paragraphs_has_one_speaker(run):
    text = ("Angela Merkel spoke to reporters in Berlin.\n\n"
            "“We have waited long enough for an answer from Moscow,” Merkel said. “The sanctions will stay.\n\n"
            "“They will stay until the troops have left,” she added.")
    doc = run(text)
    check_offsets(doc)
    q = quote_with(doc, "The sanctions will stay")
    assert "until the troops have left" in q.text
    assert "Merkel" in speaker_of(doc, q)


def test_quotes_mixed_quote_in_reported_clause(run):
    doc = run("Mark Rutte indicated that the alliance “cannot wait for perfect conditions” before acting.")
    check_offsets(doc)
    q = quote_with(doc, "cannot wait for perfect conditions")
    assert q.kind == "mixed"
    assert "Rutte" in speaker_of(doc, q)


def test_quotes_mixed_quote_after_told_that(run):
    doc = run("Benjamin Netanyahu told CNN last week that he “will not stop until the hostages are home.”")
    check_offsets(doc)
    q = quote_with(doc, "will not stop until the hostages are home")
    assert q.kind == "mixed"
    assert "Netanyahu" in speaker_of(doc, q)
    assert q.cue == "told"


def test_quotes_fragment_in_relative_clause_kept_with_subject(run):
    doc = run("Lula, who has often called for an end to the “madness” in Gaza, met the Pope on Friday.")
    check_offsets(doc)
    q = quote_with(doc, "madness")
    assert q.kind == "mixed"
    assert "Lula" in (speaker_of(doc, q) or "") + (q.speaker_mention.text if q.speaker_mention else "")


def test_quotes_scare_quote_without_cue_is_dropped(run):
    doc = run("The so-called “peace plan” was published in a newspaper on Sunday.")
    check_offsets(doc)
    assert not [q for q in doc.quotes if "peace plan" in q.text]


# ---- indirect speech ---------------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["said", "warned", "insisted", "announced", "claimed"])
def test_quotes_indirect_that_clause(run, verb):
    doc = run(f"The Chinese foreign ministry {verb} that Beijing would respond to any new tariffs.")
    check_offsets(doc)
    q = quote_with(doc, "Beijing would respond to any new tariffs")
    assert q.kind == "indirect"
    assert q.cue == verb
    assert q.speaker is not None
    assert "ministry" in q.speaker_mention.text


def test_quotes_indirect_source_after(run):
    doc = run("The ceasefire will begin at midnight, the Egyptian government announced.")
    check_offsets(doc)
    q = quote_with(doc, "ceasefire will begin at midnight")
    assert q.kind == "indirect"
    assert "government" in q.speaker_mention.text


def test_quotes_indirect_anonymous_officials(run):
    doc = run("The convoy was attacked near the border, officials said.")
    check_offsets(doc)
    q = quote_with(doc, "convoy was attacked")
    assert q.speaker is not None
    assert q.speaker_mention.text == "officials"


def test_quotes_indirect_according_to(run):
    doc = run("According to the United Nations, more than two million people have fled the fighting.")
    check_offsets(doc)
    q = quote_with(doc, "two million people have fled")
    assert q.cue == "according to"
    assert "United Nations" in q.speaker_mention.text


def test_quotes_indirect_said_in_a_statement(run):
    doc = run("The Kremlin said in a statement that Russia was ready to resume the grain deal.")
    check_offsets(doc)
    q = quote_with(doc, "Russia was ready to resume")
    assert q.kind == "indirect"
    assert speaker_of(doc, q) and "Kremlin" in speaker_of(doc, q)


def test_quotes_indirect_told_with_anonymous_sector_speaker(run):
    doc = run("A senior Pentagon official told reporters the missiles had been moved overnight.")
    check_offsets(doc)
    q = quote_with(doc, "missiles had been moved")
    assert q.speaker is not None
    assert "official" in q.speaker_mention.text


def test_quotes_hedged_cue_is_not_a_statement(run):
    doc = run("The minister might declare that the border is closed.")
    assert not [q for q in doc.quotes if "border is closed" in q.text]


def test_quotes_unattributed_quote_kept_without_speaker(run):
    doc = run("The crowd waited in the rain.\n\n“Nobody here believes the promises any more.”")
    check_offsets(doc)
    q = quote_with(doc, "Nobody here believes")
    assert q.speaker is None


# ---- attribution beyond the sentence, quote-only cues, relative pronouns -----------------------------

def test_quotes_paragraph_after_named_speaker_inherits_it(run):
    doc = run("Mayor Anne Hidalgo said the tram line would open in June.\n\n"
              "“Every district of the city will be twenty minutes from the centre.”")
    check_offsets(doc)
    q = quote_with(doc, "Every district of the city")
    assert q.kind == "direct"
    assert "Hidalgo" in (speaker_of(doc, q) or "")


def test_quotes_paragraph_without_speech_before_stays_unattributed(run):
    doc = run("Mayor Anne Hidalgo opened the tram line in June.\n\n"
              "“Every district of the city will be twenty minutes from the centre.”")
    q = quote_with(doc, "Every district of the city")
    assert q.speaker is None


def test_quotes_subject_inside_quote_is_not_the_speaker(run):
    doc = run("“My reaction, that was outrageous,” the former campaign strategist said in an interview.")
    check_offsets(doc)
    q = quote_with(doc, "My reaction")
    assert q.speaker_mention is not None and "strategist" in q.speaker_mention.text


@pytest.mark.parametrize("sentence, speaker", [
    ("“Keep your hands where we can see them,” Shakira sings to the crowd before leaving the stage.", "Shakira"),
    ("The marchers from Leeds chanted “No more cuts to our hospitals!” outside the town hall.", "marchers"),
])
def test_quotes_quote_only_cues(run, sentence, speaker):
    doc = run(sentence)
    check_offsets(doc)
    q = doc.quotes[0]
    assert speaker in (speaker_of(doc, q) or "") + (q.speaker_mention.text if q.speaker_mention else "")


def test_quotes_according_to_before_a_direct_quote(run):
    doc = run("According to the ministry, “the grain corridor will stay open for the whole winter.”")
    check_offsets(doc)
    q = quote_with(doc, "grain corridor will stay open")
    assert q.cue == "according to"
    assert "ministry" in q.speaker_mention.text


def test_quotes_relative_pronoun_is_the_mention_and_its_noun_the_speaker(run):
    doc = run("The talks were led by Finance Minister Giorgia Bruni, who said the budget would be balanced by 2027.")
    check_offsets(doc)
    q = quote_with(doc, "budget would be balanced")
    assert q.speaker_mention.text == "who"
    assert "Bruni" in (speaker_of(doc, q) or "")


def test_quotes_indirect_noun_phrase_content(run):
    doc = run("The governor stressed the importance of the new flood defences for the coastal towns.")
    check_offsets(doc)
    q = quote_with(doc, "importance of the new flood defences")
    assert q.kind == "indirect"
    assert "governor" in q.speaker_mention.text


def test_quotes_indirect_short_object_is_a_topic_not_a_quote(run):
    doc = run("The governor mentioned Lagos twice.")
    assert not doc.quotes


def test_quotes_indirect_asked_someone_to(run):
    doc = run("The coach asked the players to stay in the hotel until the final.")
    check_offsets(doc)
    q = quote_with(doc, "players to stay in the hotel")
    assert q.kind == "indirect"
    assert "coach" in q.speaker_mention.text


def test_quotes_own_attribution_beats_interruption(run):
    doc = run("“We will sign,” Lopez told the radio station. “We always keep our word,” the candidate said.")
    q = quote_with(doc, "We always keep our word")
    assert "candidate" in q.speaker_mention.text


def test_quotes_mixed_clause_before_a_later_cue(run):
    doc = run("Raising the fuel tax “would hurt rural families,” Senator Maria Okafor said on Tuesday.")
    check_offsets(doc)
    q = quote_with(doc, "rural families")
    assert q.kind == "mixed" and q.text.startswith("Raising the fuel tax")
    assert speaker_of(doc, q) == "Maria Okafor"


def test_quotes_direct_with_clause_outside_becomes_mixed(run):
    doc = run("With so many polling stations in the county, “there is no single point of failure,” "
             "the election chief, Dana Whitfield, said.")
    check_offsets(doc)
    q = quote_with(doc, "single point of failure")
    assert q.kind == "mixed" and q.text.startswith("With so many polling stations")


def test_quotes_colon_sentence_announces_the_speaker(run):
    doc = run("At the hearing, Senator Tom Barlow turned to the bank chief:\n\n"
             "“Why should anyone trust these accounts again? Nobody has answered that question.”")
    check_offsets(doc)
    q = quote_with(doc, "trust these accounts")
    assert speaker_of(doc, q) == "Tom Barlow"



def test_quotes_speaker_before_verb_after_long_opening_phrase(run):
    doc = run("Monday in Chicago, while on the campaign trail for his daughter, state senator Mark Halloran, "
              "former mayor Paul Whitcombe said the city was ready because “the trains are finally here.”")
    check_offsets(doc)
    q = quote_with(doc, "trains are finally here")
    assert speaker_of(doc, q) == "Paul Whitcombe"
