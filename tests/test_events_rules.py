"""The events stage's rule data: shipped files load; broken files fail with file and entry."""

from __future__ import annotations

import pytest

from parley.errors import RuleError
from parley.events import load_ontology, load_rules
from parley.events.modality import parse_cues
from parley.events.ontology import EXPECTED_TYPES, parse_ontology
from parley.events.terms import parse_issues
from parley.events.triggers import parse_rules


def test_events_ontology_has_the_eleven_types_with_codes() -> None:
    onto = load_ontology()
    assert set(onto.names) == set(EXPECTED_TYPES)
    assert onto["agreement"].cameo == "057"
    assert onto["talks"].plover == "CONSULT"
    assert onto["obstruction"].cameo is None
    assert "mediators" in onto["mediation"].roles
    assert onto["willingness"].negated_as == "rejection"


def test_events_shipped_rule_files_all_validate() -> None:
    rules = load_rules()
    assert "talk" in rules.event_nouns
    assert rules.governors["host"].role == "mediators"


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ({"types": {"talks": {"definition": "x", "roles": ["speaker"]}}}, "types.talks"),
        ({"types": []}, "expected a mapping"),
        ({"types": {"talks": {"definition": "x", "roles": [], "negated_as": "nope"}}}, "nope"),
    ],
)
def test_events_bad_ontology_names_file_and_entry(raw: object, fragment: str) -> None:
    with pytest.raises(RuleError) as err:
        parse_ontology(raw, "onto.yaml")
    assert "onto.yaml" in str(err.value)
    assert fragment in str(err.value)


@pytest.mark.parametrize(
    ("trigger", "fragment"),
    [
        ({"lemma": "meet", "pos": ["VERB"], "type": "chat"}, "unknown event type"),
        ({"lemma": "meet", "pos": ["ADV"], "type": "talks"}, "pos must list"),
        ({"lemma": "meet", "pos": ["VERB"], "type": "talks", "object_in": "nowhere"},
         "unknown set"),
        ({"lemma": "meet", "pos": ["VERB"], "type": "talks", "colour": 1}, "unknown fields"),
        ({"pos": ["VERB"], "type": "talks"}, "lemma must be"),
    ],
)
def test_events_bad_trigger_names_file_and_entry(trigger: dict, fragment: str) -> None:
    with pytest.raises(RuleError) as err:
        parse_rules({"sets": {}, "triggers": [trigger]}, "trig.yaml")
    assert "trig.yaml: triggers[0]" in str(err.value)
    assert fragment in str(err.value)


def test_events_bad_modality_cues_name_the_missing_list() -> None:
    with pytest.raises(RuleError, match=r"mod\.yaml: negation\.determiners"):
        parse_cues({"negation": {"determiners": [False]}}, "mod.yaml")


@pytest.mark.parametrize("raw", [{"issues": {"territory": []}}, {"issues": {"x": [3]}}, {}])
def test_events_bad_issue_lexicon_is_rejected(raw: dict) -> None:
    with pytest.raises(RuleError, match=r"terms\.yaml"):
        parse_issues(raw, "terms.yaml")
