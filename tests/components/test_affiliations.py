"""Religion and ethnicity codes on actors (real model, built-in dictionary, sentences written for these tests)."""
import pytest


def by_name(doc, part):
    hits = [a for a in doc.actors if part.lower() in a.name.lower()]
    assert hits, f"no actor named like {part!r} in {[a.name for a in doc.actors]}"
    return hits[0]


@pytest.mark.parametrize("text, name, religion", [
    ("Police dispersed Moslem fundamentalist demonstrators in Cairo on Monday.", "demonstrators", "MOS"),
    ("Shiite militias attacked the town overnight, officials said.", "militias", "SHI"),
    ("Catholic bishops in Nigeria condemned the killings.", "bishops", "CTH"),
    ("Orthodox Jews protested against the draft law in Jerusalem.", "Jews", "JEW"),  # the head's faith wins
    ("Shiite Muslims marched through the city.", "Muslims", "SHI"),  # the narrower code wins
])
def test_affiliations_religion_from_the_groups_own_words(run, text, name, religion):
    a = by_name(run(text), name)
    assert a.religion == religion
    assert f"religion {religion}" in a.why


def test_affiliations_person_religion_from_title(run):
    doc = run("The Shiite cleric Moqtada al-Sadr called for calm in Baghdad.")
    assert by_name(doc, "Sadr").religion == "SHI"


@pytest.mark.parametrize("text, name", [
    ("Anti-Muslim protesters marched in Dresden on Saturday.", "protesters"),  # a stance, not a faith
    ("Christian Lindner said Germany would not pay.", "Lindner"),  # a first name
    ("The Christian Democratic Union won the vote in Berlin.", "Christian Democratic"),  # a dictionary party
    ("The Islamic Republic of Iran denounced the sanctions.", "Iran"),  # a country
])
def test_affiliations_not_coded(run, text, name):
    assert by_name(run(text), name).religion is None


def test_affiliations_ethnic_code(run):
    doc = run("Kurdish refugees fled across the border into Turkey.")
    a = by_name(doc, "refugees")
    assert a.ethnicity == "kur" and a.religion is None
