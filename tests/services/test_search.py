"""Search across everything: every kind of record found by a word of its text, German-friendly
matching (case, diacritics, ß), prefixes as you type, phrases, filters, and the privacy rules."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import delete, update

from lzz_desktop.domain import Actor
from lzz_desktop.domain.enums import ActorKind, ConsentStatus, RelationshipKind, Sector
from lzz_desktop.records.stakeholders import ActorData, ConsentData, RelationshipData
from lzz_desktop.services import Workspace
from lzz_desktop.services.search import SearchHit, fold, snippet
from lzz_desktop.store import search as index
from tests.workshop_fixtures import make_district, workshop_data


def _find(workspace: Workspace, query: str, **filters: object) -> list[SearchHit]:
    return workspace.search.search(query, **filters)  # type: ignore[arg-type]


def _change_workshop(workspace: Workspace, workshop_id: str, **values: object) -> None:
    data = workspace.workshops.get(workshop_id).data
    workspace.workshops.update(workshop_id, dataclasses.replace(data, **values))  # type: ignore[arg-type]


def _kinds(hits: list[SearchHit]) -> set[str]:
    return {hit.kind for hit in hits}


@pytest.fixture
def filled(workspace: Workspace) -> dict[str, str]:
    """One record of every kind, each with a word nobody else uses."""
    district = make_district(workspace)
    ids: dict[str, str] = {"district": district.id}
    workshops = workspace.workshops
    ids["workshop"] = workshops.create(
        district.id, workshop_data(title="Fachworkshop Wohnraumbörse"), carry_over=False
    )
    ids["agenda"] = workshops.add_agenda_item(
        ids["workshop"], "Sprachcafé", notes="Donnerstags im Bürgerhaus"
    )
    ids["agreement"] = workshops.add_agreement(ids["workshop"], "Die Patenschaftsbörse startet im März.")
    ids["task"] = workshops.add_action_item(ids["workshop"], "Elternbriefe übersetzen lassen")
    stakeholders = workspace.stakeholders
    ids["actor"] = stakeholders.create_actor(
        district.id,
        ActorData(name="Tafel Oberharz e.V.", kind=ActorKind.ORGANISATION, sector=Sector.CIVIL_SOCIETY),
    )
    ids["relationship"] = stakeholders.create_relationship(
        district.id,
        RelationshipData(
            source_id=ids["actor"],
            target_id=district.persons["Jana Ludwig"],
            kind=RelationshipKind.COOPERATION,
            note="Gemeinsame Lebensmittelausgabe",
        ),
    )
    concepts = workspace.concepts
    concept_id = concepts.create(district.id, "integrationskonzept-landkreis")
    view = concepts.load(concept_id)
    section = view.sections[0]
    concepts.save_section(section.id, "Die Ausländerbehörde berät mehrsprachig.", {})
    ids["concept"] = section.id
    ids["comment"] = concepts.add_comment(concept_id, section.id, "Bitte Willkommenslotsen ergänzen")
    ids["snapshot"] = workspace.stakeholder_maps.take_snapshot(district.id, "Zwischenbilanz Frühjahr")
    ids["person"] = district.persons["Jana Ludwig"]
    return ids


@pytest.mark.parametrize(
    ("kind", "word"),
    [
        ("district", "Goslar"),
        ("workshop", "Wohnraumbörse"),
        ("agenda", "Bürgerhaus"),
        ("agreement", "Patenschaftsbörse"),
        ("task", "Elternbriefe"),
        ("actor", "Tafel"),
        ("relationship", "Lebensmittelausgabe"),
        ("concept", "Ausländerbehörde"),
        ("comment", "Willkommenslotsen"),
        ("snapshot", "Zwischenbilanz"),
    ],
)
def test_every_kind_of_record_is_found_by_a_word_of_its_text(
    workspace: Workspace, filled: dict[str, str], kind: str, word: str
) -> None:
    hits = _find(workspace, word)
    assert (kind, filled[kind]) in {(h.kind, h.record_id) for h in hits}
    hit = next(h for h in hits if h.record_id == filled[kind])
    assert hit.district_name == "Landkreis Goslar"
    # The snippet shows the word, marked where it matched.
    start, end = hit.highlights[0]
    assert fold(hit.snippet[start:end])[0] == fold(word)[0][: end - start]


def test_case_and_diacritics_do_not_matter(workspace: Workspace, filled: dict[str, str]) -> None:
    assert filled["agenda"] in {h.record_id for h in _find(workspace, "sprachcafe")}
    assert filled["agenda"] in {h.record_id for h in _find(workspace, "BURGERHAUS")}
    assert filled["concept"] in {h.record_id for h in _find(workspace, "auslanderbehorde")}


def test_sharp_s_and_ss_find_each_other(workspace: Workspace, filled: dict[str, str]) -> None:
    _change_workshop(workspace, filled["workshop"], venue="Bahnhofstraße 12")
    assert filled["workshop"] in {h.record_id for h in _find(workspace, "bahnhofstrasse")}
    assert filled["workshop"] in {h.record_id for h in _find(workspace, "Bahnhofstraße")}
    shown = next(h for h in _find(workspace, "bahnhofstr") if h.record_id == filled["workshop"])
    assert "Bahnhofstraße" in shown.snippet  # shown as typed, not folded


def test_prefixes_find_while_typing(workspace: Workspace, filled: dict[str, str]) -> None:
    for typed in ("Wo", "Woh", "Wohnraum", "Wohnraumbö"):
        assert filled["workshop"] in {h.record_id for h in _find(workspace, typed)}, typed
    assert _find(workspace, "Wohnraumbörsen") == []


def test_phrases_in_quotes_need_the_words_in_order(workspace: Workspace, filled: dict[str, str]) -> None:
    assert filled["agreement"] in {h.record_id for h in _find(workspace, '"startet im März"')}
    assert filled["agreement"] not in {h.record_id for h in _find(workspace, '"März startet"')}
    assert filled["agreement"] in {h.record_id for h in _find(workspace, "„startet im März“")}
    # Without quotes every word is required, in any order.
    assert filled["agreement"] in {h.record_id for h in _find(workspace, "März Patenschaft")}


def test_operators_and_stray_quotes_are_plain_text(workspace: Workspace, filled: dict[str, str]) -> None:
    for query in ('"', "AND", "NOT Tafel", "Tafel*", "(Tafel", "Tafel OR", "-", "a:b", '"""'):
        _find(workspace, query)  # no FTS syntax error reaches the user
    assert filled["actor"] in {h.record_id for h in _find(workspace, "(Tafel")}
    assert _find(workspace, "   ") == []


def test_filters_by_district_kind_and_date(workspace: Workspace, filled: dict[str, str]) -> None:
    other = make_district(workspace, "Landkreis Harz")
    workspace.workshops.create(other.id, workshop_data(title="Sprachcafé Harz"), carry_over=False)
    both = _find(workspace, "Sprachcafé")
    assert {h.district_name for h in both} == {"Landkreis Goslar", "Landkreis Harz"}
    assert {h.district_name for h in _find(workspace, "Sprachcafé", district_id=other.id)} == {
        "Landkreis Harz"
    }
    assert _kinds(_find(workspace, "Sprachcafé", kinds=["agenda"])) == {"agenda"}
    day = workspace.workshops.get(filled["workshop"]).data.starts_at.date()
    in_range = _find(workspace, "Sprachcafé", kinds=["agenda"], date_from=day, date_to=day)
    assert [h.record_id for h in in_range] == [filled["agenda"]]
    assert _find(workspace, "Sprachcafé", kinds=["agenda"], date_from=day + dt.timedelta(days=1)) == []


def test_edits_deletes_and_restores_keep_the_index_current(
    workspace: Workspace, filled: dict[str, str]
) -> None:
    workshops = workspace.workshops
    _change_workshop(workspace, filled["workshop"], title="Fachworkshop Mietpaten")
    assert _find(workspace, "Wohnraumbörse") == []
    assert filled["workshop"] in {h.record_id for h in _find(workspace, "Mietpaten")}
    # The agenda item shows its workshop's new title as context.
    assert {h.context for h in _find(workspace, "Bürgerhaus")} == {"Fachworkshop Mietpaten"}
    workshops.delete(filled["workshop"])
    assert _find(workspace, "Bürgerhaus") == [] and _find(workspace, "Mietpaten") == []
    workshops.restore(filled["workshop"])
    assert filled["agenda"] in {h.record_id for h in _find(workspace, "Bürgerhaus")}
    workspace.districts.delete(filled["district"])
    assert _find(workspace, "Bürgerhaus") == []


def test_persons_are_found_by_name_only_while_consent_is_given(
    workspace: Workspace, filled: dict[str, str]
) -> None:
    person = filled["person"]
    assert person in {h.record_id for h in _find(workspace, "Ludwig")}
    workspace.stakeholders.withdraw_consent(person)
    assert _find(workspace, "Ludwig") == [] and _find(workspace, "Jana") == []
    # Still findable as the map names them: by role and organisation.
    assert person in {h.record_id for h in _find(workspace, "Kulturverein", kinds=["actor"])}
    with workspace.session() as session:
        connection = session.connection()
        docs = connection.exec_driver_sql("SELECT title || ' ' || body FROM search_docs").all()
        pages = connection.exec_driver_sql("SELECT block FROM search_index_data").all()
    assert not any("Ludwig" in row[0] for row in docs)
    # Not only unfindable: the withdrawn name is gone from the index's pages too.
    assert not any(b"ludwig" in bytes(row[0]) for row in pages if row[0] is not None)
    workspace.stakeholders.set_consent(
        person, ConsentData(status=ConsentStatus.GIVEN, given_on=dt.date.today())
    )
    assert person in {h.record_id for h in _find(workspace, "Ludwig")}


def test_a_person_without_consent_is_never_indexed_by_name(workspace: Workspace) -> None:
    district = make_district(workspace)
    actor_id = workspace.stakeholders.create_actor(
        district.id,
        ActorData(
            name="Ghirmay Tesfay", kind=ActorKind.PERSON, sector=Sector.MIGRANTS, role="Elternvertreter"
        ),
    )
    assert _find(workspace, "Ghirmay") == []
    hits = _find(workspace, "Elternvertreter")
    assert [h.record_id for h in hits] == [actor_id]
    assert "Ghirmay" not in hits[0].title + hits[0].snippet


def test_an_organisation_rename_reaches_its_members(workspace: Workspace, filled: dict[str, str]) -> None:
    with workspace.transaction() as session:
        session.execute(
            update(Actor).where(Actor.name == "Kulturverein Goslar e.V.").values(name="Haus der Kulturen")
        )
    members = {h.record_id for h in _find(workspace, "Kulturen", kinds=["actor"])}
    assert filled["person"] in members


def test_rows_removed_for_good_leave_nothing_in_the_index(
    workspace: Workspace, filled: dict[str, str]
) -> None:
    with workspace.transaction() as session:
        session.connection().exec_driver_sql("DELETE FROM relationships")
        session.execute(delete(Actor).where(Actor.id == filled["actor"]))
    assert _find(workspace, "Tafel") == []
    with workspace.session() as session:
        left = session.connection().exec_driver_sql(
            "SELECT count(*) FROM search_docs WHERE record_id = ?", (filled["actor"],)
        )
        assert left.scalar() == 0


def test_an_index_lost_by_a_table_rebuild_is_restored_on_open(make_workspace, filled: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    workspace = make_workspace()
    with workspace.transaction() as session:
        session.connection().exec_driver_sql("DROP TRIGGER search_workshops_au")
    assert not _index_current(workspace)
    workspace.close()
    reopened = make_workspace()
    assert _index_current(reopened)
    assert filled["agenda"] in {h.record_id for h in _find(reopened, "Bürgerhaus")}


def _index_current(workspace: Workspace) -> bool:
    with workspace.session() as session:
        return index.index_is_current(session.connection())


def test_concept_table_cells_are_searchable(workspace: Workspace, filled: dict[str, str]) -> None:
    concept_id = workspace.concepts.concept_id_of(filled["district"])
    assert concept_id is not None
    view = workspace.concepts.load(concept_id)
    section = next(s for s in view.sections if s.key == "wohnen-mobilitaet")
    data = {"massnahmen": [{"measure": "Mobilitätslotsen ausbilden", "responsible": "VHS"}]}
    workspace.concepts.save_section(section.id, "", data)
    hits = _find(workspace, "Mobilitätslotsen")
    assert [h.record_id for h in hits] == [section.id]
    with workspace.session() as session:
        stored = (
            session.connection()
            .exec_driver_sql("SELECT body FROM search_docs WHERE record_id = ?", (section.id,))
            .scalar()
        )
    assert stored is not None and "massnahmen" not in stored  # cell values, not the JSON keys


def test_snippet_marks_word_starts_and_maps_folded_positions() -> None:
    text = "Die Straßenbahn hält am Müllerplatz; die STRASSE ist gesperrt."
    shown, spans = snippet(text, ["strasse"])
    assert [shown[s:e] for s, e in spans] == ["Straße", "STRASSE"]
    shown, spans = snippet(text, ["muller"])
    assert [shown[s:e] for s, e in spans] == ["Müller"]
    long = "Wort " * 100 + "Treffer " + "Wort " * 100
    shown, spans = snippet(long, ["treff"])
    assert shown.startswith("…") and shown.endswith("…") and shown[spans[0][0] : spans[0][1]] == "Treff"


def test_match_expression_quotes_everything() -> None:
    assert index.match_expression('Wohn "offene Aufgaben" Straße') == '"Wohn"* "offene Aufgaben" "Strasse"*'
    assert index.match_expression('"') == ""
    assert json.dumps(index.match_expression("NOT x")) == json.dumps('"NOT"* "x"*')
