"""The actors component's closed word lists (``data/actors/grammar.json``), named as its rules read them.

Each list is explained where a rule in :mod:`eventwire.components.actors` or :mod:`.actor_parse` uses it;
the data file keeps the words, this module only gives them names and types.
"""
from __future__ import annotations

import json
from importlib import resources

from ..actor_kb import ROLE_SYNONYMS

GRAMMAR = json.loads((resources.files("eventwire") / "data" / "actors" / "grammar.json").read_text(encoding="utf-8"))
PERSON_PRONOUNS = dict(GRAMMAR["person_pronouns"])
THING_PRONOUNS = set(GRAMMAR["thing_pronouns"])
PLURAL_PRONOUNS = set(GRAMMAR["plural_pronouns"])
LOCATIVE_PREPS = set(GRAMMAR["locative_preps"])
# role nouns in descriptions ("the US president", "his Ukrainian counterpart") -> office roles they can mean
ROLE_NOUNS = dict(ROLE_SYNONYMS, counterpart=None, minister=None)
# heads that name people in some role without saying which; a sector modifier is more specific
GENERIC_HEADS = set(GRAMMAR["generic_heads"])
# words that make a title a past one: "former president X" is an elite (CAMEO ELI), not the government
PAST_TITLE_WORDS = set(GRAMMAR["past_title_words"])
# postmodifier prepositions that say where a group is ("rebels in Darfur", "the government of Sindh")
PLACE_PREPS = set(GRAMMAR["place_preps"])
PLACE_NOUNS = set(GRAMMAR["place_nouns"])
# organisations with these words in their names are not the local kind that takes an article's country
INTERNATIONAL_WORDS = set(GRAMMAR["international_words"])
# an organisation the dictionary does not know with one of these in its name is a transnational NGO (the
# dictionary lists the IGOs, which are few)
TRANSNATIONAL_WORDS = set(GRAMMAR["transnational_words"])
# organisation head nouns that say less than the words before them ("Intelligence Agency", "Health Office")
ORG_HEADS = set(GRAMMAR["org_heads"])
# head nouns that end an organisation's name: "the Nepal Bar Association", "the Kenya Anti-Corruption Commission"
ORG_NAME_HEADS = set(GRAMMAR["org_name_heads"])
NAME_LINK_WORDS = set(GRAMMAR["name_link_words"])  # "Institute of International Affairs", "Center for Disease Control"
# a name's head noun that says its sector whatever its other words say: "the Iraqi Islamic Party" is a party
NAME_HEAD_SECTORS = dict(GRAMMAR["name_head_sectors"])
# words in an organisation's name that say its sector, though they are no sector noun in running text
NAME_PHRASE_SECTORS = dict(GRAMMAR["name_phrase_sectors"])
LEGISLATURE_WORDS = set(GRAMMAR["legislature_words"])
# a name's head noun that is a body of members: the members' noun before it says the sector ("Farmers Union")
MEMBERS_HEADS = set(GRAMMAR["members_heads"])  # a text about a legislature: its "deputies" are members
# people named by where or in what they work: "ambulance workers" (HLH), "party workers" (PTY); a company's are LAB
WORKER_HEADS = set(GRAMMAR["worker_heads"])
# people whose "for X" / "on X" is the subject they work on, not the country they belong to
TOPIC_HEADS = set(GRAMMAR["topic_heads"])
# title words whose sector before a name differs from the noun's ("Representative Jason Crow" is a legislator)
TITLE_SECTORS = dict(GRAMMAR["title_sectors"])
# honorifics and titles that are not sector nouns; not part of a person's display name
TITLE_WORDS = set(GRAMMAR["title_words"])
# followers take their leader's country; an opposition figure's, a former leader's or a party's are the opposition
FOLLOWER_NOUNS = set(GRAMMAR["follower_nouns"])
FOLLOWER_SECTORS = dict(GRAMMAR["follower_sectors"])
# people who take their employer's sector: "a senior fellow at the Atlantic Council" (NGO)
AFFILIATED_HEADS = set(GRAMMAR["affiliated_heads"])
# ranks in front of a generic head say how senior, not which sector ("deputy representative" is not police)
RANK_WORDS = set(GRAMMAR["rank_words"])
# the level of an office, not a sector: "local officials" are local government, not locals (CVL)
SCOPE_WORDS = set(GRAMMAR["scope_words"])
DATED_SECTOR_WORDS = dict(GRAMMAR["dated_sector_words"])  # a party's dated rows, for ``why``
# things that belong to ordinary people: a demonym on them names civilians, not the state ("Palestinian homes")
CIVILIAN_PROPERTY = set(GRAMMAR["civilian_property"])
# relatives: "the son of X", "his wife" are of the family's country: elites (ELI) in an office holder's family
# (PLOVER's definition of ELI), civilians otherwise
KIN_NOUNS = set(GRAMMAR["kin_nouns"])
# sectors whose holders become elites (ELI) once out of office; a former journalist is still media
FORMER_SECTORS = set(GRAMMAR["former_sectors"])
# things a government sends or does to others: "from <capital>" after them names the sender, not a place
SOURCE_NOUNS = set(GRAMMAR["source_nouns"])
# a state's institutions: "the government", "the military" with nothing else said are the article's country's
INSTITUTIONS = set(GRAMMAR["institutions"])
# a country's body with one of these heads is part of its government ("Malawi's Department of ...")
STATE_BODY_HEADS = set(GRAMMAR["state_body_heads"])
HEAD_ROLE_NOUNS = set(GRAMMAR["head_role_nouns"])
COMMUNITY_LEADERS = set(GRAMMAR["community_leaders"])
# nouns that refer back to an armed group already named ("the group", "the militia")
GROUP_NOUNS = set(GRAMMAR["group_nouns"])
# heads of a description right before a name ("the rebel group Boko Haram", "the opposition party MDC")
NAME_DESCRIPTOR_HEADS = set(GRAMMAR["name_descriptor_heads"])
# "X, who served as spokesman": verbs whose "as" phrase is the person's role
ROLE_VERBS = set(GRAMMAR["role_verbs"])
# "X, who heads the Red Cross", "X leads the opposition front": the organisation is X's
LEAD_VERBS = set(GRAMMAR["lead_verbs"])
SELL_VERBS = set(GRAMMAR["sell_verbs"])  # "X, who sells clothes at the taxi rank": in business
BUSINESS_NOUNS = set(GRAMMAR["business_nouns"])  # "X, who runs a small guesthouse": in business
AWAY_PREPS = set(GRAMMAR["away_preps"])  # "flew to Damascus": a destination says nothing of who flew
RULING_WORDS = set(GRAMMAR["ruling_words"])
RULER_NOUNS = set(GRAMMAR["ruler_nouns"])  # "X, Pakistan's military ruler": the head of a state, whatever his rank  # "the ruling ZANU-PF party": in government (CAMEO RULING_PARTY)
# an armed group's "commander" or "forces" are the group's (REB), not an army's
ARMED_MEMBER_NOUNS = set(GRAMMAR["armed_member_nouns"])
# verbs whose object is a place acted on, not a government: "blockade Paris", "shelled Kyiv"
PLACE_VERBS = set(GRAMMAR["place_verbs"])
# "security forces" are police where a sentence is about policing crowds and arrests (CAMEO's agents list
# SECURITY_FORCE as both COP and MIL)
POLICED_PHRASES = set(GRAMMAR["policed_phrases"])
POLICING_WORDS = set(GRAMMAR["policing_words"])
# "the mainland" in news about Taiwan, Hong Kong or Macau is the People's Republic
MAINLAND = GRAMMAR["the_mainland"]
# seats of power whose name other states share ("Congress": Peru's, Colombia's, the Philippines'), lower-cased: theirs only
# in an article that names their country or no other
SHARED_METONYMS = dict(GRAMMAR["shared_metonyms"])
# the other countries whose institution has that name ("Congress" in a story on Peru is Peru's)
SHARED_METONYM_OWNERS = {k: set(v) for k, v in GRAMMAR["shared_metonym_owners"].items()}
PERSON_SECTORS = set(GRAMMAR["person_sectors"])
# "anti-Syria", "pro-Russian": a stance towards a country, not the country an actor belongs to
STANCE_PREFIXES = set(GRAMMAR["stance_prefixes"])
# "Iranian-backed": the sponsor, not the group's country; "French-language", "Russian-speaking": a language
STANCE_SUFFIXES = set(GRAMMAR["stance_suffixes"])
# "rebel-held territory": the sector word names who holds it
HOLDER_SUFFIXES = set(GRAMMAR["holder_suffixes"])
# "Israel's militia ally": the possessor is the other side of the relation, not the group's country
RELATION_NOUNS = set(GRAMMAR["relation_nouns"])
QUANTITY_NOUNS = set(GRAMMAR["quantity_nouns"])  # "thousands of", "dozens of"
COUNTRY_NOUNS = set(GRAMMAR["country_nouns"])  # "the country", "the Southeast Asian nation", "the island"
MINORITY_NOUNS = set(GRAMMAR["minority_nouns"])  # "the Russian minority in Estonia": coded where it lives
# "a car bomb killed ...": a device with no one named behind it is coded as PLOVER's unidentified armed forces
DEVICE_NOUNS = set(GRAMMAR["device_nouns"])
HARM_VERBS = set(GRAMMAR["harm_verbs"])
# "some of the civil parties", "one of those sellers": a part of a group is coded as the group
PARTITIVE_WORDS = set(GRAMMAR["partitive_words"]) | QUANTITY_NOUNS
# "Boko Haram's largest faction", "the armed wing of Hamas": part of an organisation, coded as it
PART_NOUNS = set(GRAMMAR["part_nouns"])
# "X, president of the Association of Poultry Farmers": heads of an organisation take its sector
LEADING_TITLES = set(GRAMMAR["leading_titles"])
WORK_VERBS = set(GRAMMAR["work_verbs"])  # "X works at the BBC": the employer
NAMED_AFTER_HEADS = set(GRAMMAR["named_after_heads"])  # "Queen Elizabeth Central Hospital" is no queen
BODY_NOUNS = set(GRAMMAR["body_nouns"])  # "the international body": the IGO named last
BLOC_NOUNS = set(GRAMMAR["bloc_nouns"])  # "the bloc", "the regional bloc": the IGO named last
BLOC_MODIFIERS = set(GRAMMAR["bloc_modifiers"])  # "the 27-nation bloc"; not "the opposition bloc"
PROXY_NOUNS = set(GRAMMAR["proxy_nouns"])  # "Netanyahu's office said": acts for its owner, in its sector
PEOPLE_ADJECTIVES = dict(GRAMMAR["people_adjectives"])  # "the displaced" (REF), "the wounded" (CVL): people
# "switched recognition from Taipei to Beijing": what a government gives or withdraws, not a direction
ALLEGIANCE_NOUNS = set(GRAMMAR["allegiance_nouns"])
PARTY_TITLE_COUNTRIES = dict(GRAMMAR["party_title_countries"])  # "Democratic Representative X": USA
# "Democrats", "Republicans": a country's party members, named by the party (legislators in a text on Congress)
PARTY_MEMBER_COUNTRIES = dict(GRAMMAR["party_member_countries"])
# people whose "of <a named body>" says their sector: "activists of the student union"
MEMBER_NOUNS = set(GRAMMAR["member_nouns"])
# sectors of an office: held no longer ("former", "ex-"), it makes an elite (ELI); "former spy chief X"
PAST_OFFICE_SECTORS = set(GRAMMAR["past_office_sectors"])
# capitalised right before a name, a kin word is a religious title: "Father Jerzy Popieluszko" (REL)
RELIGIOUS_TITLES = set(GRAMMAR["religious_titles"])
# demonyms that also name a people living in other states: after another demonym ("Bosnian Serb", "Iraqi
# Kurdish", "Malaysian Chinese") the first names the state they live in
PEOPLE_DEMONYMS = set(GRAMMAR["people_demonyms"])
# lower-case particles that open a surname: "Anwar | al-Bunni", "Ursula | von der Leyen" split by the tagger
NAME_PARTICLES = set(GRAMMAR["name_particles"])
# titles of address that a cleric and a Gulf ruler both carry: an office in apposition decides ("Sheikh Zayed,
# president of the United Arab Emirates" is GOV)
HONORIFIC_TITLES = set(GRAMMAR["honorific_titles"])
# "army officers ousted President X": whoever a coup removes is, with no other word for it, of the plotters' state
# (with the model's unlemmatised "overthrew")
OVERTHROW_VERBS = set(GRAMMAR["overthrow_verbs"])
# "an offensive against San Salvador", "a mortar attack on Downing Street": what an attack is against is a place
ATTACK_NOUNS = set(GRAMMAR["attack_nouns"])
# an international official whose title names refugees or relief is coded REF, as the UN refugee agency is
REFUGEE_WORDS = set(GRAMMAR["refugee_words"])
# "its ambassador from Vienna", "an embassy in Tehran": where an envoy is posted is the host, not the envoy's country,
# and the host capital stands for its government
ENVOY_NOUNS = set(GRAMMAR["envoy_nouns"])
# "The Movement for Justice and Equality, a rebel group": an apposition headed by one of these says what a name is
KIND_OF_BODY_HEADS = set(GRAMMAR["kind_of_body_heads"])
# a body's leading officers besides its chairman or president ("secretary-general of the Zimbabwe Congress of Trade
# Unions"): the body's sector is theirs
SECRETARY_TITLES = set(GRAMMAR["secretary_titles"])
# "FBI agents", "CIA officer X": an organisation's staff share its sector
STAFF_NOUNS = set(GRAMMAR["staff_nouns"])
# "the Malawi Red Cross Society": after a country's name or demonym, that country's own society (NGO), not the ICRC
NATIONAL_SOCIETY_NAMES = set(GRAMMAR["national_society_names"])
# "the Senate Intelligence Committee", "the House Freedom Caucus": a chamber's own committee or caucus is the
# legislature's (LEG), whatever its subject
CHAMBER_BODY_HEADS = set(GRAMMAR["chamber_body_heads"])
# "Romeo Brawner Jr.": words after a surname that are not it
NAME_SUFFIXES = set(GRAMMAR["name_suffixes"])
# "a Berlin discotheque", "Beirut's airport", "bombed the runways of Beirut's airport": a capital naming a place
# in it is the city, not its government
PLACE_FACILITIES = set(GRAMMAR["place_facilities"])
# "local aid groups", "national NGOs": non-governmental groups of the article's country, not international ones
LOCAL_WORDS = set(GRAMMAR["local_words"])
# "the far-right leader", "the veteran politician": an epithet for the person named before, not an office holder
EPITHET_HEADS = set(GRAMMAR["epithet_heads"])
EPITHET_WORDS = set(GRAMMAR["epithet_words"])
# "Rohingya Muslims fleeing violence", "ethnic Uzbeks fleeing clashes": civilians in flight are refugees (CAMEO REF)
FLIGHT_VERBS = set(GRAMMAR["flight_verbs"])
DISPLACING_VERBS = set(GRAMMAR["displacing_verbs"])  # "the cyclone displaced 3,000 people": refugees
SHELTER_NOUNS = set(GRAMMAR["shelter_nouns"])  # "residents fled to metro stations": sheltering, not displaced
# "a state of emergency", "the state of play": a condition, not a state's government
STATE_OF_WORDS = set(GRAMMAR["state_of_words"])
# "X, known as Y", "nicknamed Y", "dubbed Y": a nickname given to the person before
ALIAS_VERBS = set(GRAMMAR["alias_verbs"])
# "the gangs, including Los Choneros and Los Lobos", "parties such as X": names given as examples of a kind
EXAMPLE_PREPS = set(GRAMMAR["example_preps"])
# plural heads whose examples are organisations, not people (with GROUP_NOUNS): "gangs, including X"
KIND_NOUNS = set(GRAMMAR["kind_nouns"])
# words used for police and soldiers alike: "officers" are the force the text last named (police or army)
SERVICE_NEUTRAL_NOUNS = set(GRAMMAR["service_neutral_nouns"])
# where people driven from home stay ("families sheltering in tents", "a reception camp"); not an air-raid shelter
REFUGE_PLACES = set(GRAMMAR["refuge_places"])
# a person "convicted", "indicted", "sentenced" or "extradited", who "pleaded not guilty" or "faces charges": in
# the dock, a criminal suspect (CAMEO CRM) when the text gives them no other role
DOCK_VERBS = set(GRAMMAR["dock_verbs"])
CHARGE_NOUNS = set(GRAMMAR["charge_nouns"])
# "forced 2 million people from their homes", "forcing families to flee": driven out, refugees
FORCING_VERBS = set(GRAMMAR["forcing_verbs"])
# what is done to or by people counted, not named: "detained dozens", "displaced millions", "thousands marched"
CROWD_VERBS = set(GRAMMAR["crowd_verbs"])
# "returned from Paris", "flew in from Moscow": where someone came from, not where the sentence is set
TRAVEL_VERBS = set(GRAMMAR["travel_verbs"])
# generic heads that name a body, not one person ("a source", "a unit"): no apposition of a person's
COLLECTIVE_HEADS = set(GRAMMAR["collective_heads"])
# "families sheltering in tents", "living in camps": staying somewhere (REFUGE_PLACES: where the displaced stay)
STAYING_VERBS = set(GRAMMAR["staying_verbs"])
