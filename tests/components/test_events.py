"""Event coding on sentences written for these tests (real model, built-in data)."""


def coded(doc):
    names = {a.id: a for a in doc.actors}
    out = []
    for e in doc.events:
        s = names.get(e.source)
        t = names.get(e.target)
        out.append((e.type, s.country if s else None, t.country if t else None, e))
    return out


def has(doc, typ, src, tgt="any"):
    for t, s, g, e in coded(doc):
        if t == typ and s == src and (tgt == "any" or g == tgt):
            return e
    raise AssertionError(f"no {typ} {src}->{tgt} in {[(t, s, g) for t, s, g, _ in coded(doc)]}")


def test_events_verbal_trigger_with_source_and_target(run):
    doc = run("Germany condemned Iran over the missile launch.")
    e = has(doc, "ACCUSE", "DEU", "IRN")
    assert e.cameo.startswith("11") and e.goldstein < 0


def test_events_passive_agent_is_source(run):
    doc = run("Ukrainian soldiers were attacked by Russian troops near the border.")
    has(doc, "ASSAULT", "RUS", "UKR")


def test_events_coordinated_participants_give_one_event_each(run):
    doc = run("Canada and Australia criticised China for the arrests.")
    has(doc, "ACCUSE", "CAN", "CHN")
    has(doc, "ACCUSE", "AUS", "CHN")


def test_events_leaders_of_several_countries(run):
    doc = run("The Japanese prime minister held talks with the leaders of India, Brazil and Nigeria on Thursday.")
    for c in ("IND", "BRA", "NGA"):
        e = has(doc, "CONSULT", "JPN", c)
        assert e.date == "2025-03-06"


def test_events_light_verb_and_object(run):
    doc = run("The European Union imposed sanctions on Belarus.")
    e = has(doc, "SANCTION", "EUR", "BLR")
    assert e.cameo.startswith("16")


def test_events_phone_mode(run):
    doc = run("Turkey's president spoke by phone with the Egyptian president on Saturday.", published="2024-04-10")
    e = has(doc, "CONSULT", "TUR", "EGY")
    assert e.mode == "phone" and e.date == "2024-04-06"


def test_events_negated(run):
    doc = run("Israel did not attack Lebanon on Sunday.")
    assert has(doc, "ASSAULT", "ISR", "LBN").negated


def test_events_hypothetical(run):
    doc = run("Japan might withdraw its ambassador from Beijing, officials said.")
    assert any(e.hypothetical for e in doc.events)
    doc = run("Pakistan is expected to meet Afghan officials next week.")
    assert has(doc, "CONSULT", "PAK").hypothetical


def test_events_condition_span_and_no_event_inside_it(run):
    text = "Britain will impose sanctions on Iran if Tehran refuses to free the detained sailors."
    doc = run(text)
    e = has(doc, "SANCTION", "GBR", "IRN")
    assert e.condition is not None and e.condition.text.startswith("if Tehran")
    assert text[e.condition.start:e.condition.end] == e.condition.text
    assert not [x for x in doc.events if x.type == "REJECT"]


def test_events_reported_event_keeps_reporter(run):
    doc = run("Kenya said Somali militants had attacked Kenyan police officers.")
    e = has(doc, "ASSAULT", "SOM", "KEN")
    reporter = [a for a in doc.actors if a.id == e.reporter]
    assert reporter and reporter[0].country == "KEN"


def test_events_none_in_non_political_sentence(run):
    assert run("The weather in London was mild and sunny for most of the week.").events == []


def test_events_offsets_and_sentence_spans(run):
    text = "Egypt hosted Qatari mediators. Hamas rejected the proposal on Friday."
    doc = run(text)
    assert doc.events
    for e in doc.events:
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert e.sentence["start"] <= e.trigger.start < e.sentence["end"]


def test_events_a_capital_addressed_is_its_government_a_capital_attacked_its_people(run):
    doc = run("Khartoum accused Kampala on Monday of supplying arms to the rebels.")
    assert any(a.name == "Kampala" and a.code == "UGAGOV" for a in doc.actors)
    doc = run("Rebels shelled Kampala on Monday.")
    assert any(a.name == "Kampala" and a.code == "UGACVL" for a in doc.actors)


def test_events_a_city_where_things_are_bombed_is_the_target_as_its_people(run):
    doc = run("US warplanes bombed targets in Tripoli and Benghazi on Tuesday.")
    coded = {a.name: a.code for a in doc.actors}
    assert coded.get("Tripoli") == "LBYCVL" and coded.get("Benghazi") == "LBYCVL"  # both, not only the first
    doc = run("Israeli warplanes bombed the runways of Beirut's international airport on Thursday.")
    beirut = [a for a in doc.actors if a.name == "Beirut"]
    assert [a.code for a in beirut] == ["LBNCVL"]  # the city whose airport was hit, not the government


def test_events_a_city_tagged_as_a_person_can_be_attacked(run):
    doc = run("Darfur rebels launched an attack on Omdurman, across the Nile from Khartoum, on Saturday.")
    assert any(a.name == "Omdurman" and a.code == "SDNCVL" for a in doc.actors)  # a city acted on, not a nobody


def test_events_a_state_of_emergency_declared_or_lifted_is_its_condition(run):
    doc = run("President Robert Kocharyan declared a 20-day state of emergency in Yerevan. Weeks later the "
              "government lifted the state of siege.", published="2008-03-01")
    kinds = [(e.type, e.trigger.text) for e in doc.events]
    assert ("COERCE", "declared") in kinds
    assert any(t == "CONCEDE" and w.startswith("lifted") for t, w in kinds)
