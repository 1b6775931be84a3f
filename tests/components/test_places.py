"""places: gazetteer lookup, candidates and disambiguation, on sentences written for these tests."""
import time

import pytest

from eventwire import gazetteer
from eventwire.gazetteer import distance_km, normalize


def _places(run, text):
    doc = run(text)
    for p in doc.places:
        for m in p.mentions:
            assert doc.article.text[m.start:m.end] == m.text
    return {m.text: p for p in doc.places for m in p.mentions}


def test_gazetteer_normalize_variants():
    assert normalize("U.S.") == normalize("US") == "us"
    assert normalize("Nagorno-Karabakh") == normalize("Nagorno Karabakh")
    assert normalize("St. Petersburg") == normalize("Saint Petersburg")
    assert normalize("the Gaza Strip") == "gaza strip"
    assert normalize("Zaporizhzhia") == normalize("Zaporízhzhia")


def test_gazetteer_loads_fast_and_once():
    gazetteer.load.cache_clear()
    t0 = time.perf_counter()
    gaz = gazetteer.load()
    assert time.perf_counter() - t0 < 5  # about 0.5 s on an idle machine
    assert gazetteer.load() is gaz
    assert len(gaz.entries) > 30000


def test_gazetteer_spelling_variants_share_one_entry():
    gaz = gazetteer.load()
    kiev = {e.key for e, _ in gaz.lookup("Kiev")}
    assert kiev and kiev <= {e.key for e, _ in gaz.lookup("Kyiv")}
    assert {e.key for e, _ in gaz.lookup("Donbass")} == {e.key for e, _ in gaz.lookup("Donbas")}
    assert any(e.country == "GBR" and e.kind == "country" for e, _ in gaz.lookup("Britain"))


def test_gazetteer_distance_km():
    assert distance_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(344, abs=5)  # Paris-London
    assert distance_km(10, 10, 10, 10) == 0


def test_places_offsets_ids_and_order(run):
    doc = run("Officials in Nairobi met envoys from Ethiopia. Later the Nairobi talks moved to Addis Ababa.")
    assert [p.id for p in doc.places] == [f"P{i}" for i in range(1, len(doc.places) + 1)]
    names = [p.name for p in doc.places]
    assert names[:3] == ["Nairobi", "Ethiopia", "Addis Ababa"]
    nairobi = doc.places[0]
    assert len(nairobi.mentions) == 2 and nairobi.kind == "city" and nairobi.country == "KEN"
    assert nairobi.geonameid and distance_km(nairobi.lat, nairobi.lon, -1.29, 36.82) < 20
    for p in doc.places:
        for m in p.mentions:
            assert doc.article.text[m.start:m.end] == m.text


def test_places_demonyms_and_people_are_not_places(run):
    places = _places(run, "Ukrainian and Russian negotiators met Jordan Peterson in Geneva, a French-speaking city.")
    assert "Ukrainian" not in places and "Russian" not in places and "French" not in places
    assert "Jordan" not in places
    assert places["Geneva"].country == "CHE"


def test_places_multiword_seas_inside_longer_names(run):
    places = _places(run, "Drones struck the Black Sea resort of Sochi and a port on the Sea of Azov.")
    assert places["Black Sea"].kind == "water"
    assert places["Sochi"].country == "RUS"
    assert places["Sea of Azov"].kind == "water"


def test_places_container_after_comma(run):
    places = _places(run, "The festival in Paris, Texas, drew a small crowd on Saturday.")
    assert places["Paris"].country == "USA"
    assert distance_km(places["Paris"].lat, places["Paris"].lon, 33.66, -95.56) < 50
    places = _places(run, "Fashion week opened in Paris on Monday with shows by young designers.")
    assert places["Paris"].country == "FRA"


def test_places_washington_capital_unless_state(run):
    places = _places(run, "Washington has suggested new sanctions, US officials told reporters in New York.")
    assert places["Washington"].kind == "city" and distance_km(places["Washington"].lat,
                                                                places["Washington"].lon, 38.9, -77.04) < 50
    places = _places(run, "Wildfires spread across Washington state and Oregon this summer.")
    assert places["Washington"].kind == "region" and places["Washington"].country == "USA"


def test_places_article_country_decides_ambiguous_names(run):
    text = ("Storms hit Atlanta and Savannah overnight. The governor of Georgia declared an emergency "
            "and asked Washington for federal help for the United States' southeast.")
    places = _places(run, text)
    assert places["Georgia"].country == "USA" and places["Georgia"].kind == "region"
    text = "Tbilisi and Batumi saw protests as Georgia's parliament met, near the border with Armenia."
    assert _places(run, text)["Georgia"].country == "GEO"


def test_places_spelling_variants_resolve_alike(run):
    a = _places(run, "Air raid sirens sounded in Kiev overnight.")["Kiev"]
    b = _places(run, "Air raid sirens sounded in Kyiv overnight.")["Kyiv"]
    assert a.geonameid == b.geonameid and a.name == "Kyiv"
    c = _places(run, "Shelling continued in the Donbass as troops left Gaza.")
    assert c["Donbass"].name == "Donbas" and c["Gaza"].country == "PSE"


def test_places_metonymic_capital_is_still_a_place(run):
    places = _places(run, "Moscow said the talks in Istanbul were useful, while Kyiv disagreed.")
    assert places["Moscow"].kind == "city" and places["Moscow"].country == "RUS"
    assert places["Istanbul"].country == "TUR" and places["Kyiv"].country == "UKR"


def test_places_region_word_and_possessive(run):
    places = _places(run, "Europe's leaders discussed the Donetsk region and Crimea.")
    assert places["Europe"].kind == "region" and places["Europe"].country is None
    assert places["Crimea"].kind == "region"
    donetsk = next(p for t, p in places.items() if t.startswith("Donetsk"))
    assert donetsk.kind == "region" and donetsk.country == "UKR"


def test_gazetteer_small_english_towns_and_every_country_spelling():
    gaz = gazetteer.load()
    # a town of about 8,000 in Ireland: in the gazetteer since the 1,000 threshold for English-language news
    assert any(e.country == "IRL" for e, _ in gaz.lookup("Nenagh"))
    assert "U.S." in gaz.phrases and "US" in gaz.phrases


def test_gazetteer_country_points_between_references():
    gaz = gazetteer.load()
    china = next(e for e, _ in gaz.lookup("China") if e.kind == "country")
    assert distance_km(china.lat, china.lon, 35.0, 103.0) < 161  # Wikipedia's point
    assert distance_km(china.lat, china.lon, 35.0, 105.0) < 161  # GeoNames' point


def test_places_abbreviated_country_before_title_and_county(run):
    found = _places(run, "Samples were sent to the U.S. Centers for Disease Control from Morris County.")
    assert found["U.S."].country == "USA"
    assert "Morris" not in found or found["Morris"].kind != "city"


def test_places_dateline_after_headline(run):
    got = _places(run, "Council Approves New Budget.\nALBUQUERQUE, N.M. - The city council voted on Tuesday.")
    assert "ALBUQUERQUE" in got and got["ALBUQUERQUE"].country == "USA"


def test_places_mistagged_names_after_preposition_or_in_a_list(run):
    got = _places(run, "The retailer closed its stores in Bratislava, Nitra and Kosice last year. "
                       "Ministers later flew to Tunis for talks.")
    assert got["Nitra"].country == "SVK"
    assert got["Tunis"].country == "TUN"


def test_places_first_level_divisions_of_conflict_countries(run):
    places = _places(run, "Gunmen attacked villages in Borno and Zamfara State, while fighting spread in North Kivu "
                          "and Cabo Delgado. Kano and Kharkiv Oblast were calm.")
    assert (places["Borno"].kind, places["Borno"].country) == ("region", "NGA")
    assert places["Zamfara State"].country == "NGA"
    assert (places["North Kivu"].kind, places["North Kivu"].country) == ("region", "COD")
    assert places["Cabo Delgado"].country == "MOZ"
    assert places["Kano"].kind == "city"  # the city, not Kano State
    kharkiv = next(p for t, p in places.items() if t.startswith("Kharkiv"))
    assert (kharkiv.kind, kharkiv.country) == ("region", "UKR")
