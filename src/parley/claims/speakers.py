"""Speakers named without an actor mention: role nouns, possessives and "both sides".

"The army denied", "the group said", "government officials insist", "its negotiators
say" name no actor of their own; news style relies on the reader to take them back to
the actor last named in that role. Resolution is conservative: a role noun goes back to
the latest earlier mention of a compatible actor (a state's government or military, an
armed group) among the conflict's own countries when a profile is known, else to the
profile's only actor of that kind; "both sides" (and "the two delegations") are the two
latest belligerents named. Anything vaguer ("an official said") stays unknown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.nlp.context import DocContext, Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from parley.claims.cues import CueLexicon
    from parley.records import Actor

__all__ = ["both_sides", "nominal_speaker", "sector_actor", "sides_of"]

POSSESSIVES = {"its": "it", "his": "he", "her": "she", "their": "they"}
COLLECTIVE_MARKERS = frozenset({"both", "two", "warring", "rival"})
ROLE_NAMES = {"GOV": "government", "MIL": "military"}


def nominal_speaker(ctx: DocContext, head: Token, start: int, end: int, lex: CueLexicon,
                    resolve_pronoun: object) -> Mention | None:
    """The actor a role noun stands for ("the army", "its officials"), or None."""
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_:
        return None
    lemma = head.lemma_.lower()
    role = lex.nominal.get(lemma) or lex.nominal.get(head.lower_)
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is not None:  # "its officials", "his side": the possessor's actor
        if poss.lower_ not in POSSESSIVES or not (role or lemma in lex.speaker_nouns
                                                  or lemma in lex.collective):
            return None
        owner = resolve_pronoun(ctx, poss.i, lex.pronouns[POSSESSIVES[poss.lower_]])  # type: ignore[operator]
        if owner is None:
            return None
        sector = role if role in ROLE_NAMES else lex.speaker_nouns.get(lemma)
        if sector and owner.actor.kind == "state":
            return _mention(ctx, sector_actor(owner.actor, sector), head, start, end)
        return _mention(ctx, owner.actor, head, start, end)
    mod = None
    if role is None:  # "army officials", "government negotiators"
        if lemma not in lex.speaker_nouns:
            return None
        mod = next((c for c in head.children if c.dep_ in ("compound", "amod", "nmod")
                    and lex.nominal.get(c.lemma_.lower()) in ROLE_NAMES), None)
        if mod is None:
            return None
        role = lex.nominal[mod.lemma_.lower()]
    if any(c.dep_ in ("amod", "compound") and (mod is None or c.i != mod.i)
           and (c.ent_type_ or c.pos_ == "PROPN") for c in head.children):
        return None  # "the Ethiopian army" with no mention: an actor we do not know
    found = _latest_of_role(ctx, head.i, role)
    return _mention(ctx, found, head, start, end) if found is not None else None


def both_sides(ctx: DocContext, head: Token, lex: CueLexicon) -> list[Mention]:
    """ "both sides", "the two delegations", "the warring parties": the two latest belligerents."""
    if head.lemma_.lower() not in lex.collective:
        return []
    markers = {c.lower_ for c in head.children} & COLLECTIVE_MARKERS
    if not markers or (head.tag_ not in ("NNS", "NNPS") and "both" not in markers):
        return []
    countries = ctx.profile.countries if ctx.profile is not None else None
    picked: list[Actor] = []
    for m in sorted(ctx.mentions, key=lambda m: -m.start_token):
        if m.end_token > head.i or len(picked) == 2:
            continue
        actor = m.actor
        if actor.kind == "organisation" and not actor.code[3:]:
            continue  # international organisations mediate; they are not a side
        if countries is not None and actor.country not in countries:
            continue
        if all(p.code != actor.code for p in picked):
            picked.append(actor)
    if len(picked) != 2:
        return []
    start, end = head.left_edge.i, head.i + 1
    return [_mention(ctx, a, head, start, end) for a in picked]


def sides_of(ctx: DocContext, head: Token, lex: CueLexicon) -> list[Mention]:
    """ "both sides", or a speaker noun of them: "the foreign ministries of both countries"
    are the two latest belligerents' governments."""
    sides = both_sides(ctx, head, lex)
    if sides:
        return sides
    sector = lex.speaker_nouns.get(head.lemma_.lower())
    if sector is None:
        return []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                return [Mention(sector_actor(m.actor, sector) if m.actor.kind in (
                            "state", "person") else m.actor, m.start_token, m.end_token,
                                m.sentence)
                        for m in both_sides(ctx, obj, lex)]
    return []


BODY_LOOKBACK_SENTENCES = 2


def sector_actor(actor: Actor, sector: str) -> Actor:
    """A state's government or military as the acting organisation."""
    country = actor.country or actor.code[:3]
    return actor.model_copy(update={
        "code": f"{country}{sector}", "country": country, "kind": "organisation",
        "name": f"{actor.name or country} {ROLE_NAMES[sector]}",
    })


def _latest_of_role(ctx: DocContext, token_i: int, role: str) -> Actor | None:
    countries = ctx.profile.countries if ctx.profile is not None and role != "BODY" else None
    best: Mention | None = None
    armed: Mention | None = None  # "the group" is first an armed group named lately
    for m in ctx.mentions:
        if m.end_token > token_i or (best is not None and m.start_token < best.start_token):
            continue
        if countries is not None and m.actor.country not in countries:
            continue
        if _fits(m.actor, role):
            best = m
            if m.actor.kind == "group":
                armed = m
    near = ctx.sentence_index(token_i) - BODY_LOOKBACK_SENTENCES
    if role == "BODY" and armed is not None and armed.sentence >= near:
        best = armed  # "the Houthi group asked ... to extend the UN-brokered truce. The group"
    if best is not None:
        actor = best.actor
        if role in ROLE_NAMES and (
            actor.kind in ("state", "person") or not actor.code.endswith(role)
        ):
            return sector_actor(actor, role)
        return actor
    if ctx.profile is None:
        return None
    codes = [c for c in ctx.profile.codes if _code_fits(c, role)]
    if len(codes) != 1:
        return None
    from parley.records import Actor

    code = codes[0]
    return Actor(code=code, country=code[:3], kind="group" if role == "GROUP" else "organisation",
                 name=code)


def _fits(actor: Actor, role: str) -> bool:
    if role == "BODY":
        return actor.kind in ("group", "organisation") and (
            len(actor.code) <= 3 or not actor.code.endswith(("GOV", "MIL")))
    if role == "GROUP":
        return actor.kind == "group" or (actor.kind == "person" and _code_fits(actor.code, role))
    if role == "GOV" and actor.kind == "state":
        return True
    return actor.code.endswith(role)


def _code_fits(code: str, role: str) -> bool:
    if role in ("GROUP", "BODY"):
        return len(code) > 3 and not code.endswith(("GOV", "MIL", "ELI", "REB"))
    return code.endswith(role)


def _mention(ctx: DocContext, actor: Actor, head: Token, start: int, end: int) -> Mention:
    doc = ctx.doc
    update = {"text": doc[start:end].text, "start": doc[start].idx,
              "end": doc[end - 1].idx + len(doc[end - 1])}
    return Mention(actor=actor.model_copy(update=update), start_token=start, end_token=end,
                   sentence=ctx.sentence_index(head.i))
