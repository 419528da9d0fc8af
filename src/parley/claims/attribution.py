"""Who says what: attribution cues, their speakers and the span of what is said.

Events and claims both need this: an event inside someone's words is ``reported`` with
that someone as ``source``, and each attributed sentence is a claim. Computed once per
document and memoised in ``ctx.cache["attributions"]``. Must not import
``parley.events`` (events imports this module).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from parley.claims.continuity import continue_speakers
from parley.claims.cues import CueLexicon, lexicon
from parley.claims.demonyms import demonym_speakers
from parley.claims.quotes import quote_spans
from parley.claims.speakers import POSSESSIVES, nominal_speaker, sides_of
from parley.nlp.context import DocContext, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Attribution", "find_attributions"]

COMPLEMENT_DEPS = ("ccomp", "xcomp")
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
LEADING_MARKERS = frozenset({"that", "to", "of", "for", "about", "over", "on", ":", ",", "-"})
QUOTE_CHARS = frozenset("\"“”«»„'‘’")
ACCUSATION_PREPS = frozenset({"of", "for", "over"})
ORG_SUFFIX = {"GOV": "government", "MIL": "military"}
PRONOUN_LOOKBACK_SENTENCES = 4
NEGATING_HEADS = frozenset({"decline", "refuse", "fail"})  # "declined to comment"
HEADLINE_MAX_PREFIX = 6
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})


@dataclass(frozen=True)
class Attribution:
    """One attributed stretch of text in one sentence.

    ``speaker`` is the actor mention of who speaks (``None`` when the speaker is not an
    actor we know, e.g. "analysts"); ``content_start_token``..``content_end_token``
    (exclusive) is what they say.
    """

    speaker: Mention | None
    speaker_text: str
    cue: str
    cue_token: int
    cue_class: str
    content_start_token: int
    content_end_token: int
    sentence: int
    direct: bool = False
    speaker_start_token: int = -1
    speaker_end_token: int = -1
    co_speakers: tuple[Mention, ...] = ()  # "Saudi Arabia and the US said", "both sides"
    negated: bool = False  # "did not confirm", "never said": no claim is made

    @property
    def speakers(self) -> list[Mention]:
        """Everyone who speaks: the speaker and any coordinated co-speakers."""
        return [m for m in (self.speaker, *self.co_speakers) if m is not None]

    def covers(self, token_i: int) -> bool:
        """Whether token ``token_i`` lies inside what is said."""
        return self.content_start_token <= token_i < self.content_end_token


def find_attributions(ctx: DocContext) -> list[Attribution]:
    """Every attribution in the document, in text order (memoised per document)."""
    cached = ctx.cache.get("attributions")
    if cached is not None:
        return cached
    lex = lexicon()
    quotes = quote_spans(ctx.doc.text)
    found: list[Attribution] = []
    for index, sent in enumerate(ctx.sentences):
        found.extend(_sentence_attributions(ctx, index, sent, lex, quotes))
    found.extend(_quote_continuations(ctx, found, quotes))
    found.sort(key=lambda a: (a.sentence, a.cue_token, a.content_start_token))
    found = continue_speakers(ctx, found, lex)
    ctx.cache["attributions"] = found
    return found


# --- per sentence -----------------------------------------------------------------


def _sentence_attributions(
    ctx: DocContext, index: int, sent: Span, lex: CueLexicon, quotes: list[tuple[int, int]]
) -> list[Attribution]:
    out: list[Attribution] = []
    used: set[int] = set()
    for tok in sent:
        if tok.i in used:
            continue
        att = _source_phrase(ctx, index, sent, tok, lex) or _verb_cue(ctx, index, sent, tok, lex)
        if att is None:
            continue
        used.add(att.cue_token)
        out.append(_mark_direct(ctx, att, quotes))
    if not out:
        headline = _headline(ctx, index, sent)
        if headline is not None:
            out.append(_mark_direct(ctx, headline, quotes))
    return out


def _source_phrase(
    ctx: DocContext, index: int, sent: Span, tok: Token, lex: CueLexicon
) -> Attribution | None:
    """ "according to X, ...": the speaker follows the cue."""
    doc = ctx.doc
    for phrase in lex.source_phrases:
        n = len(phrase.words)
        if tok.lower_ != phrase.words[0] or tok.i + n > sent.end:
            continue
        if [doc[tok.i + k].lower_ for k in range(n)] != list(phrase.words):
            continue
        last = doc[tok.i + n - 1]
        objects = [c for c in last.children if c.dep_ == "pobj"]
        if not objects:
            return None
        head = objects[0]
        sp_start, sp_end = tok.i + n, _cut_at_comma(head.right_edge.i + 1, head.i, doc)
        if tok.i - sent.start > sent.end - sp_end:  # cue at the end: content before it
            start, end = sent.start, tok.i
        else:
            start, end = sp_end, sent.end
        start, end = _trim(doc, start, end)
        if end <= start:
            return None
        speaker = _speaker_for(ctx, head, sp_start, sp_end, lex)
        return Attribution(
            speaker=speaker,
            co_speakers=_co_speakers(ctx, head, sp_start, sp_end, speaker, lex),
            speaker_text=doc[sp_start:sp_end].text,
            cue=" ".join(phrase.words),
            cue_token=tok.i,
            cue_class=phrase.cue_class,
            content_start_token=start,
            content_end_token=end,
            sentence=index,
            speaker_start_token=sp_start,
            speaker_end_token=sp_end,
        )
    return None


def _verb_cue(
    ctx: DocContext, index: int, sent: Span, tok: Token, lex: CueLexicon
) -> Attribution | None:
    """A speech verb or verb phrase with a subject and something said."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "compound", "auxpass", "aux"):
        return None
    lemma = tok.lemma_.lower()
    doc = ctx.doc
    cue, cue_class, content = "", "", None
    for phrase in lex.phrases:
        if lemma == phrase.verb:
            last = _phrase_end(tok, phrase.words, sent)
            if last is not None:
                cue, cue_class = phrase.cue, phrase.cue_class
                end = max(tok.right_edge.i + 1, last + 1)
                content = (last + 1, min(end, sent.end))
                break
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    if not cue and obj is not None:
        qualified = _qualified_object(tok, lemma, obj, lex)
        if qualified is not None:
            cue, cue_class = f"{tok.text} {obj.text}" if lemma in lex.as_cues else tok.text, (
                lex.verbs.get(lemma) or lex.object_cues.get(lemma) or "neutral")
            content = qualified
    if not cue:
        if (
            lemma in lex.object_cues
            and lemma not in lex.verbs
            and obj is not None
            and obj.lemma_.lower() in lex.claim_nouns
        ):
            cue, cue_class = f"{tok.text} {obj.text}", lex.object_cues[lemma]
            clause = [c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl")]
            content = _span_of(clause or [obj])
        elif lemma in lex.verbs:
            cue, cue_class = tok.text, lex.verbs[lemma]
            content = _verb_content(tok, lemma, obj, lex)
        else:
            return None
    subject = _subject(tok, nearest=True)
    if subject is None:
        return None
    if content is None:
        content = _around_content(tok, subject, sent)
    if content is None:
        return None
    start, end = _trim(doc, *content)
    if end <= start:
        return None
    speaker_span = _speaker_span(subject)
    if speaker_span[0] <= start < speaker_span[1]:
        start = speaker_span[1]
    speaker = _speaker_for(ctx, subject, *speaker_span, lex)
    return Attribution(
        speaker=speaker,
        co_speakers=_co_speakers(ctx, subject, *speaker_span, speaker, lex),
        speaker_text=ctx.doc[speaker_span[0] : speaker_span[1]].text,
        cue=cue,
        cue_token=tok.i,
        cue_class=cue_class,
        content_start_token=start,
        content_end_token=end,
        sentence=index,
        speaker_start_token=speaker_span[0],
        speaker_end_token=speaker_span[1],
        negated=_negated(tok),
    )


def _negated(tok: Token) -> bool:
    """ "did not confirm", "never said", "declined to comment": the cue says nothing."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_.lower() in NEGATING_HEADS


def _qualified_object(
    tok: Token, lemma: str, obj: Token, lex: CueLexicon
) -> tuple[int, int] | None:
    """ "called the deal a beacon of hope", "described the plan as a step forward"."""
    if lemma in lex.naming:
        comp = next((c for c in tok.children if c.dep_ in ("oprd", "xcomp")
                     and c.pos_ in ("NOUN", "ADJ", "PROPN", "VERB")), None)
        if comp is not None and not any(c.dep_ == "prep" and c.lower_ in ("for", "on")
                                        for c in tok.children):
            return _span_of([obj, comp])
    if lemma in lex.as_cues:
        as_prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                        and c.i > obj.i), None)
        if as_prep is not None:
            return _span_of([obj, as_prep])
    return None


def _verb_content(
    tok: Token, lemma: str, obj: Token | None, lex: CueLexicon
) -> tuple[int, int] | None:
    """What a speech verb introduces: its clause complement, else its object."""
    comps = [c for c in tok.children if c.dep_ in COMPLEMENT_DEPS]
    if comps:
        return _span_of(comps)
    if obj is not None:  # "repeated his assertion that ...", "the position that ..."
        said = [c for c in obj.children if c.dep_ in ("acl", "ccomp")
                and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"]
        if said:
            return obj.left_edge.i, obj.right_edge.i + 1
    clause = _misattached_clause(tok)
    if clause is not None:
        return clause.left_edge.i, clause.right_edge.i + 1
    if lemma == "say" and obj is not None and any(
        t.pos_ in ("VERB", "AUX") for t in obj.subtree
    ):  # "said the statement, signed by ..., provided for": a clause parsed as an object
        return obj.left_edge.i, obj.right_edge.i + 1
    if lemma in lex.object_as_content and obj is not None:
        parts = [obj] + [
            c for c in tok.children if c.dep_ == "prep" and c.lower_ in ACCUSATION_PREPS
        ]
        return _span_of(parts)
    if tok.dep_ == "parataxis":  # "Talks, he said, are frozen"
        head = tok.head
        return head.left_edge.i, head.right_edge.i + 1
    return None


def _misattached_clause(tok: Token) -> Token | None:
    """A "that" clause parsed as a relative clause of a nearby noun: "told reporters before
    the opening that his side wanted ..." (the clause is what was told)."""
    for child in tok.children:
        if child.dep_ not in ("prep", "dobj", "dative", "npadvmod"):
            continue
        for t in child.subtree:
            if t.dep_ in ("relcl", "acl") and t.left_edge.lower_ == "that" and (
                    t.left_edge.dep_ == "mark"):
                return t  # also "insisted in a statement that ..." (a clause of the noun)
    return None


def _around_content(tok: Token, subject: Token, sent: Span) -> tuple[int, int] | None:
    """No complement parsed: the words before "..., X said" or after "X said:"."""
    doc = tok.doc
    before = subject.left_edge.i
    if subject.i > tok.i:  # inverted: "..., said Peskov"
        before = tok.i
    if before - sent.start >= 3 and doc[before - 1].text in QUOTE_CHARS | {",", ":"} and (
            _has_clause(doc[sent.start : before])):
        return sent.start, before
    after = tok.i + 1
    while after < sent.end and doc[after].dep_ in ("dobj", "dative", "prep", "pobj", "det"):
        after += 1  # "told reporters:"
    if after < sent.end and doc[after].text in QUOTE_CHARS | {":"} and sent.end - after >= 3:
        return after, sent.end
    return None


def _has_clause(span: Span) -> bool:
    """Whether words before "..., X said" say something: a quote or a verb, not only a
    fronted adverbial ("On Thursday, X insisted", "During a call with Y, X stressed")."""
    return any(t.text in QUOTE_CHARS or t.pos_ in ("VERB", "AUX") for t in span)


def _phrase_end(tok: Token, words: tuple[str, ...], sent: Span) -> int | None:
    """Index of the last word of a verb phrase cue following ``tok``, or None."""
    doc = tok.doc
    pos = tok.i
    for word in words:
        limit = min(pos + 4, sent.end)
        hit = next(
            (j for j in range(pos + 1, limit) if word in (doc[j].lower_, doc[j].lemma_.lower())),
            None,
        )
        if hit is None:
            return None
        pos = hit
    return pos


def _headline(ctx: DocContext, index: int, sent: Span) -> Attribution | None:
    """ "Kremlin: talks are frozen": a short actor name, a colon, then the content."""
    doc = ctx.doc
    colon = next(
        (t for t in sent[: HEADLINE_MAX_PREFIX + 1] if t.text == ":" and t.i > sent.start), None
    )
    if colon is None or sent.end - colon.i < 4:
        return None
    prefix = doc[sent.start : colon.i]
    if any(t.pos_ in ("VERB", "AUX") for t in prefix):
        return None
    mentions = ctx.mentions_in(prefix.start, prefix.end)
    if not mentions and not any(t.pos_ == "PROPN" for t in prefix):
        return None
    start, end = _trim(doc, colon.i + 1, sent.end)
    if end <= start:
        return None
    speaker = mentions[-1] if mentions else None
    return Attribution(
        speaker=speaker,
        speaker_text=prefix.text,
        cue=":",
        cue_token=colon.i,
        cue_class="neutral",
        content_start_token=start,
        content_end_token=end,
        sentence=index,
        speaker_start_token=prefix.start,
        speaker_end_token=prefix.end,
    )


# --- speakers -----------------------------------------------------------------------


def _subject(tok: Token, nearest: bool = False) -> Token | None:
    """The speaker token: the verb's subject, inherited through conj/xcomp/advcl.

    With ``nearest``, of two parsed subjects the one closest before the verb wins ("CITY,
    March 26 - The US said": the dateline is not the speaker)."""
    cur = tok
    for _ in range(4):
        subjects = [c for c in cur.children if c.dep_ in ("nsubj", "csubj")]
        # "CITY, March 26 - The US said": a dateline parsed as a second subject
        subj = subjects[0] if subjects else None
        if nearest and len(subjects) > 1:
            subj = max((c for c in subjects if c.i < cur.i), key=lambda c: c.i, default=subj)
        if subj is not None:
            if subj.lower_ in RELATIVE_PRONOUNS and cur.dep_ == "relcl":
                return cur.head
            if subj.lower_ == "it" and any(c.lower_ == "that" for c in tok.children):
                return None  # "it is claimed that": no speaker
            return subj
        if cur.dep_ in ("conj", "xcomp", "advcl", "relcl", "acomp") and cur.head.i != cur.i:
            if cur.dep_ == "relcl":
                return cur.head
            cur = cur.head
            continue
        return None
    return None


def _speaker_span(subj: Token) -> tuple[int, int]:
    """The subject phrase, cut before a relative clause or a comma-set apposition."""
    start = subj.left_edge.i
    end = subj.right_edge.i + 1
    for child in subj.rights:
        if child.dep_ in ("relcl", "acl", "appos") or child.text == ",":
            end = min(end, child.left_edge.i)
    end = max(end, subj.i + 1)
    return start, _cut_at_comma(end, subj.i, subj.doc)


def _cut_at_comma(end: int, head_i: int, doc: object) -> int:
    for j in range(head_i + 1, end):
        if doc[j].text == ",":  # type: ignore[index]
            return j
    return end


def _speaker_for(
    ctx: DocContext, head: Token, start: int, end: int, lex: CueLexicon
) -> Mention | None:
    """The actor mention of the speaker: pronouns resolved, "X's spokesman" → X's government."""
    lower = head.lower_
    if head.pos_ == "PRON" and lower in lex.pronouns:
        return _resolve_pronoun(ctx, head.i, lex.pronouns[lower])
    own = ctx.mention_at(head.i)
    if own is None and head.lemma_.lower() in lex.outsiders:
        return None  # "critics of the government said": not the government speaking
    inside = [m for m in ctx.mentions if start <= m.start_token and m.end_token <= end]
    if own is None and not inside:
        clauses = [c for c in head.rights if c.dep_ in ("relcl", "acl")]
        inside = [
            m
            for m in ctx.mentions
            if head.left_edge.i <= m.start_token and m.end_token <= head.right_edge.i + 1
            and not any(c.left_edge.i <= m.start_token <= c.right_edge.i for c in clauses)
        ]
    if own is None and inside and head.pos_ == "NOUN" and not _speaks_for(head, lex):
        # "an arrangement between Ukraine and the UN, which said": the noun, not the
        # actors it mentions, is the subject
        inside = [m for m in inside if not _in_other_prep(ctx, head, m)]
    mention = own or (min(inside, key=lambda m: abs(m.start_token - head.i)) if inside else None)
    if mention is None:
        sides = sides_of(ctx, head, lex) or demonym_speakers(ctx, head, start, end, lex)
        if sides:
            return sides[0]
        return nominal_speaker(ctx, head, start, end, lex, _resolve_pronoun)
    sector = lex.speaker_nouns.get(head.lemma_.lower()) or lex.speaker_nouns.get(lower)
    if sector and mention.actor.kind == "state" and (own is None or own.end_token <= head.i + 1):
        country = mention.actor.country or mention.actor.code[:3]
        actor = mention.actor.model_copy(
            update={
                "code": f"{country}{sector}",
                "country": country,
                "kind": "organisation",
                "name": f"{mention.actor.name or country} {ORG_SUFFIX[sector]}",
                "role": head.text,
                "text": ctx.doc[start:end].text,
                "start": ctx.doc[start].idx,
                "end": ctx.doc[end - 1].idx + len(ctx.doc[end - 1]),
            }
        )
        return Mention(
            actor=actor, start_token=start, end_token=end, sentence=ctx.sentence_index(head.i)
        )
    return mention


def _speaks_for(head: Token, lex: CueLexicon) -> bool:
    lemma = head.lemma_.lower()
    return lemma in lex.speaker_nouns or lemma in lex.nominal or lemma in lex.collective


def _in_other_prep(ctx: DocContext, head: Token, m: Mention) -> bool:
    """Whether mention ``m`` hangs off ``head`` through a preposition other than
    of/for/from ("between", "with", "against")."""
    tok = ctx.doc[m.start_token : m.end_token].root
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.head.i == head.i:
            return tok.lower_ not in ("of", "for", "from")
        tok = tok.head
    return False


def _co_speakers(
    ctx: DocContext, head: Token, start: int, end: int, speaker: Mention | None, lex: CueLexicon
) -> tuple[Mention, ...]:
    """Other speakers of a coordinated subject: "Saudi Arabia and the United States said",
    "the Norwegian and Cuban guarantors said", "both sides blamed each other"."""
    if speaker is None:
        return ()
    if head.lower_ in PLURAL_PRONOUNS:  # "They said", after "X and Y met"
        group = _plural_subject(ctx, head.i, lexicon().pronouns.get(head.lower_, frozenset()))
        return tuple(m for m in group[1:] if m.actor.code != speaker.actor.code)
    out: list[Mention] = []
    seen = {speaker.actor.code}
    sides = (sides_of(ctx, head, lex) or demonym_speakers(ctx, head, start, end, lex)
             if ctx.mention_at(head.i) is None else [])
    for side in sides[1:]:
        if side.actor.code not in seen:
            seen.add(side.actor.code)
            out.append(side)
    conjuncts = [head, *head.conjuncts]
    conjunct_ids = {t.i for t in conjuncts}
    # "the US and Egyptian leaders": the tagger makes a coordinated modifier "nmod"
    modifiers = [c for c in head.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    coordinated = {t.i for t in conjuncts}
    if head.lemma_.lower() in lex.speaker_nouns:  # "negotiators for X and Y"
        modifiers += [o for p in head.children if p.dep_ == "prep"
                      and p.lower_ in ("for", "of", "from") for o in p.children
                      if o.dep_ == "pobj"]
    for mod in modifiers:
        if mod.conjuncts:
            coordinated.update(t.i for t in (mod, *mod.conjuncts))
    if len(coordinated) < 2:
        return tuple(out)
    for conj in sorted(coordinated):
        tok = ctx.doc[conj]
        m = ctx.mention_at(conj)
        if m is None and conj in conjunct_ids and tok.i != head.i:
            c_start, c_end = _speaker_span(tok)
            m = _speaker_for(ctx, tok, c_start, min(c_end, end), lex)
        if m is not None and start <= m.start_token < end and m.actor.code not in seen:
            if conj not in conjunct_ids and m.actor.kind == "state" and head.lemma_.lower() in (
                lex.speaker_nouns
            ):
                from parley.claims.speakers import sector_actor

                m = Mention(sector_actor(m.actor, lex.speaker_nouns[head.lemma_.lower()]),
                            m.start_token, m.end_token, m.sentence)
            if m.actor.code in seen:
                continue
            seen.add(m.actor.code)
            out.append(m)
    return tuple(out)


def _resolve_pronoun(ctx: DocContext, token_i: int, kinds: frozenset[str]) -> Mention | None:
    """The most recent earlier mention of a compatible kind, a few sentences back at most.

    A plural pronoun ("they", "their") is first the plural subject of the sentence before
    ("The leaders of both states met ... They said"), and never one person named alone."""
    plural = ctx.doc[token_i].lower_ in PLURAL_PRONOUNS
    if plural:
        group = _plural_subject(ctx, token_i, kinds)
        if group:
            return group[0]
    first_sentence = ctx.sentence_index(token_i) - PRONOUN_LOOKBACK_SENTENCES
    best: Mention | None = None
    for m in ctx.mentions:
        if m.end_token > token_i or m.sentence < first_sentence:
            continue
        if m.actor.kind is not None and m.actor.kind not in kinds:
            continue
        if plural and m.actor.kind == "person" and not _coordinated(ctx, m):
            continue  # "they" is not one person
        if best is None or m.start_token > best.start_token:
            best = m
    if best is None:
        return None
    # Salience: within the sentence of the latest candidate, a subject outranks a later
    # object or modifier ("Burhan rejected talks with Hemedti, whom he calls a rebel").
    for m in ctx.mentions:
        if m.sentence != best.sentence or m.start_token >= best.start_token:
            continue
        if m.end_token > token_i or (m.actor.kind is not None and m.actor.kind not in kinds):
            continue
        if _is_subject(ctx, m) and not _is_subject(ctx, best):
            return m
    return best


def _plural_subject(ctx: DocContext, token_i: int, kinds: frozenset[str]) -> list[Mention]:
    """The actors of the previous sentence's main subject when it is plural or coordinated
    ("The leaders of the two states", "Egypt and Qatar"): who a following "they" is."""
    index = ctx.sentence_index(token_i) - 1
    if index < 0:
        return []
    root = ctx.sentences[index].root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON" or not (
            subj.tag_ in ("NNS", "NNPS") or subj.conjuncts):
        return []
    lex = lexicon()
    start, end = _speaker_span(subj)
    speaker = _speaker_for(ctx, subj, start, end, lex)
    if speaker is None or (speaker.actor.kind is not None and speaker.actor.kind not in kinds):
        return []
    return [speaker, *_co_speakers(ctx, subj, start, end, speaker, lex)]


def _coordinated(ctx: DocContext, m: Mention) -> bool:
    """Whether a mention is one of coordinated actors ("Biden and Sisi")."""
    root = ctx.doc[m.start_token : m.end_token].root
    return bool(root.conjuncts)


def _is_subject(ctx: DocContext, m: Mention) -> bool:
    span = ctx.doc[m.start_token : m.end_token]
    root = span.root
    while root.dep_ in ("compound", "appos", "flat") and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")


# --- spans and quotes ---------------------------------------------------------------


def _span_of(tokens: list[Token]) -> tuple[int, int]:
    return min(t.left_edge.i for t in tokens), max(t.right_edge.i for t in tokens) + 1


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading markers ("that", "to") and surrounding punctuation and quote marks."""
    while start < end and (
        doc[start].is_punct
        or doc[start].lower_ in LEADING_MARKERS
        or doc[start].text in QUOTE_CHARS
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_punct
        or doc[end - 1].text in QUOTE_CHARS
        or doc[end - 1].is_space
    ):
        end -= 1
    return start, end


def _quote_at(
    ctx: DocContext, start: int, end: int, quotes: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The quote overlapping the token span ``start..end``, if any."""
    if end <= start:
        return None
    lo = ctx.doc[start].idx
    hi = ctx.doc[end - 1].idx + len(ctx.doc[end - 1])
    for q in quotes:
        if q[0] < hi and lo < q[1]:
            return q
    return None


def _mark_direct(ctx: DocContext, att: Attribution, quotes: list[tuple[int, int]]) -> Attribution:
    if _quote_at(ctx, att.content_start_token, att.content_end_token, quotes):
        return replace(att, direct=True)
    return att


def _quote_continuations(
    ctx: DocContext, found: list[Attribution], quotes: list[tuple[int, int]]
) -> list[Attribution]:
    """Sentences inside (or right after) an attributed quote belong to its speaker."""
    attributed = {a.sentence for a in found}
    extra: list[Attribution] = []
    for att in found:
        if not att.direct:
            continue
        quote = _quote_at(ctx, att.content_start_token, att.content_end_token, quotes)
        if quote is None:
            continue
        index = att.sentence
        for s in _sentences_in(ctx, quote):
            if s not in attributed:
                extra.append(_continued(ctx, att, s, quote))
                attributed.add(s)
        # '"We want peace," she said. "But not at any price."': a wholly quoted sentence
        # straight after an attributed quote continues it.
        # A quoted paragraph after it ("“Finally, we urge ...”") goes on with the same
        # speaker too, all of its sentences.
        nxt = max(index, *_sentences_in(ctx, quote)) + 1
        while nxt < len(ctx.sentences) and nxt not in attributed:
            sent = ctx.sentences[nxt]
            q = _quote_at(ctx, sent.start, sent.end, quotes)
            if q is None or q[0] > sent.start_char or q[1] < _text_end(sent) - 1:
                break
            inside = [s for s in _sentences_in(ctx, q) if s >= nxt]
            if any(s in attributed for s in inside):
                break  # the quote is attributed on its own ('"...," Y said')
            for s in inside:
                extra.append(_continued(ctx, att, s, q))
                attributed.add(s)
            nxt = max(inside) + 1
    return extra


def _text_end(sent: Span) -> int:
    """End offset of a sentence's text without the trailing line breaks spaCy keeps."""
    return sent.start_char + len(sent.text.rstrip())


def _sentences_in(ctx: DocContext, quote: tuple[int, int]) -> list[int]:
    return [
        i for i, s in enumerate(ctx.sentences) if s.start_char < quote[1] and quote[0] < s.end_char
    ]


def _continued(
    ctx: DocContext, att: Attribution, index: int, quote: tuple[int, int]
) -> Attribution:
    sent = ctx.sentences[index]
    toks = [t.i for t in sent if quote[0] <= t.idx < quote[1]]
    start, end = _trim(ctx.doc, toks[0], toks[-1] + 1) if toks else (sent.start, sent.end)
    return replace(
        att, sentence=index, content_start_token=start, content_end_token=end, direct=True
    )


# --- public helpers for claims and positions ----------------------------------------

FIRST_PERSON = frozenset({"we", "i", "us", "our", "my"})


def resolve_actor(ctx: DocContext, token: Token) -> Mention | None:
    """The actor a noun phrase or pronoun headed by ``token`` stands for.

    First-person pronouns inside someone's words are that speaker ("we will never give
    up", Lavrov said); other pronouns go back to a recent compatible mention.
    """
    if token.lower_ in FIRST_PERSON:
        for att in find_attributions(ctx):
            if att.covers(token.i) and att.speaker is not None:
                return att.speaker
        return None
    lex = lexicon()
    if token.lower_ in POSSESSIVES and token.dep_ == "poss":
        return _possessive_owner(ctx, token, lex)
    start, end = _speaker_span(token)
    return _speaker_for(ctx, token, start, end, lex)


def _possessive_owner(ctx: DocContext, token: Token, lex: CueLexicon) -> Mention | None:
    """ "X reiterated his insistence on", "the two leaders confirmed their commitment": a
    possessive pronoun is the subject of its clause when that subject is named, else the
    latest compatible mention."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subject is not None and subject.pos_ != "PRON" and subject.i < token.i:
        return resolve_actor(ctx, subject)
    return _resolve_pronoun(ctx, token.i, lex.pronouns[POSSESSIVES[token.lower_]])


def co_actors(ctx: DocContext, subject: Token, mention: Mention) -> tuple[Mention, ...]:
    """Actors coordinated with ``mention`` in the subject headed by ``subject``."""
    start, end = _speaker_span(subject)
    return _co_speakers(ctx, subject, start, end, mention, lexicon())


def subject_of(token: Token) -> Token | None:
    """The subject of a verb or predicate adjective, inherited through xcomp/conj."""
    return _subject(token)
