"""The demo corpus: chats in time order with their ground truth beside them."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Callable, Iterator

from zichtbaar.synth.dialogue import Dialogue
from zichtbaar.synth.plan import make_plan
from zichtbaar.synth.story import Story, sample_story
from zichtbaar.transcript import Chat, Message, Profile
from zichtbaar.truth import ChatTruth, PiiSpan

GENDER_CODE = {"v": "vrouw", "m": "man", "neutraal": "neutraal"}
PROGRESS_EVERY = 250
ANCHOR_TYPES = ("naam", "plaats", "school", "account")


def _profile(story: Story, started_at) -> Profile:
    """What the visitor filled in; before 2021 an empty age became 16."""
    me = story.chatter
    gender = ("neutraal" if me.neutral_gender else me.gender) if me.fills_gender else None
    age = me.age_at(started_at) if me.fills_age else None
    if age is None and started_at.year < 2021:
        age = 16
    return Profile(age=age, gender=gender)


def generate(chats: int, seed: int) -> Iterator[tuple[Chat, ChatTruth]]:
    """Chats in time order with what a careful coder would code from each."""
    if chats < 1:
        raise ValueError("chats must be at least 1")
    slots = make_plan(chats, seed)
    remaining: dict[int, int] = {}
    for slot in slots:
        remaining[slot.person] = remaining.get(slot.person, 0) + 1
    stories: dict[int, Story] = {}
    said: dict[int, set[tuple[str, str]]] = {}  # what each person named so far (names, towns, schools, handles)
    for index, slot in enumerate(slots):
        story = stories.get(slot.person)
        if story is None:
            story = sample_story(random.Random(f"zichtbaar-person-{seed}-{slot.person}"), f"p{slot.person + 1:06d}", slot.started_at)
            stories[slot.person] = story
        remaining[slot.person] -= 1
        rng = random.Random(f"zichtbaar-chat-{seed}-{slot.person}-{slot.visit}")
        earlier = tuple(sorted(said.get(slot.person, ())))
        dialogue = Dialogue(story, slot.started_at, slot.visit, slot.mentions_previous, rng, earlier)
        messages, spans, variables = dialogue.write()
        said.setdefault(slot.person, set()).update(
            (s.type, s.text) for s in spans
            if s.type in ANCHOR_TYPES and messages[s.message]["role"] == "visitor" and s.text.lower() != "@"
        )
        if not remaining[slot.person]:
            del stories[slot.person]
            said.pop(slot.person, None)
        profile = _profile(story, slot.started_at)
        if story.visitor_kind == "zelf":
            if variables["geslacht_slachtoffer"] == "onbekend" and profile.gender:
                variables["geslacht_slachtoffer"] = GENDER_CODE[profile.gender]
            if variables["leeftijd_slachtoffer"] == "onbekend" and profile.age is not None:
                variables["leeftijd_slachtoffer"] = profile.age
        chat_id = f"c{index + 1:06d}"
        chat = Chat(chat_id=chat_id, visitor=slot.username, channel="chatmetfier", started_at=slot.started_at,
                    profile=profile, messages=[Message(**m) for m in messages])
        truth = ChatTruth(chat_id=chat_id, person_id=story.victim.person_id, scenario=story.scenario,
                          about_trafficking=story.about_trafficking, variables=variables,
                          pii=[PiiSpan(message=s.message, start=s.start, end=s.end, type=s.type, text=s.text) for s in spans])
        yield chat, truth


def truth_path(path: Path) -> Path:
    name = path.name
    stem = name[: -len(".jsonl")] if name.endswith(".jsonl") else name
    return path.with_name(stem + ".truth.jsonl")


def write_corpus(path: Path, chats: int, seed: int, progress: Callable[[int], None] | None = None) -> Path:
    """Write FILE.jsonl and FILE.truth.jsonl; returns the truth path."""
    path = Path(path)
    tpath = truth_path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as out, open(tpath, "w", encoding="utf-8", newline="\n") as tout:
        for k, (chat, truth) in enumerate(generate(chats, seed), start=1):
            out.write(json.dumps(chat.to_json_dict(), ensure_ascii=False) + "\n")
            tout.write(json.dumps(truth.model_dump(mode="json"), ensure_ascii=False) + "\n")
            if progress and k % PROGRESS_EVERY == 0:
                progress(k)
    if progress:
        progress(chats)
    return tpath
