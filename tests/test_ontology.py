"""CAMEO/PLOVER lookups, checked against values read from the shipped data files."""
import csv
from importlib import resources

from eventwire import ontology


def _codebook_row(code):
    path = resources.files("eventwire") / "data" / "ontology" / "cameo_codebook.csv"
    with path.open(encoding="utf-8", newline="") as f:
        return next(r for r in csv.DictReader(f) if r["cameo_code"] == code)


def test_ontology_goldstein_of_make_a_visit():
    assert ontology.goldstein("042") == 1.9 == float(_codebook_row("042")["goldstein"])


def test_ontology_goldstein_of_unlisted_code_uses_parent():
    assert ontology.goldstein("0429") == ontology.goldstein("042")
    assert ontology.goldstein("99") is None
    assert ontology.goldstein(None) is None


def test_ontology_quad_class_of_fight_is_material_conflict():
    assert ontology.quad_class("190") == 4 == int(_codebook_row("190")["quad_class"])
    assert ontology.quad_class("042") == 1


def test_ontology_cameo_to_plover():
    assert ontology.plover_for_cameo("042") == "CONSULT"
    assert ontology.plover_for_cameo("112") == "ACCUSE"
    assert ontology.plover_for_cameo("163") == "COERCE"  # impose embargo: COERCE, not SANCTION, in the table
    assert ontology.plover_for_cameo("0841") == "RETREAT"
    assert ontology.plover_for_cameo("190") == "ASSAULT"
    assert ontology.plover_for_cameo("010") is None  # PLOVER drops public statements


def test_ontology_cameo_info_has_mode_and_description():
    info = ontology.cameo_info("0841")
    assert info.plover_mode == "release" and "release" in info.description.lower()
    assert info.root == "08"


def test_ontology_five_way_class_by_root():
    assert [ontology.five_way_class(c) for c in ("010", "0251", "036", "057", "0841", "094", "138", "145", "190",
                                                 "204")] == [0, 0, 1, 1, 2, 3, 3, 4, 4, 4]
    assert ontology.five_way_class("21") is None


def test_ontology_plover_types_and_five_way():
    types = ontology.plover_types()
    assert len(types) == 16 and types["ASSAULT"].quad_code == 4
    assert "phone" in types["CONSULT"].modes
    assert ontology.five_way_for_plover("CONCEDE") == 2  # CAMEO 08 (yield) is material cooperation
    assert ontology.five_way_for_plover("THREATEN") == 3
    assert ontology.cameo_for_plover("CONSULT") == "04"
    assert "visit" in ontology.plover_modes()["CONSULT"]


def test_ontology_sector_and_nonstate_codes():
    assert "GOV" in ontology.sector_codes()
    assert ontology.nonstate_country_codes()["UNO"] == "United Nations"
