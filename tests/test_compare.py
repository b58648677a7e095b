"""Labelled differences within a claim, and hard cases end to end (contradiction, two-claim sentence)."""

from pathlib import Path

from generator.compare import attributions, compare_claim, names, negated, numbers
from generator.model import Claim, Sentence
from generator.pipeline import build_story


def _claim(*texts: str) -> Claim:
    members = [Sentence(f"Outlet {chr(65 + i)}", f"{i}.txt", t, 0, 0, 1, 1) for i, t in enumerate(texts)]
    return Claim("c", "c", members)


def kinds(claim: Claim) -> dict[str, str]:
    return {d.kind: d.summary for d in compare_claim(claim)}


def test_numbers_days_quotes_attribution():
    found = kinds(
        _claim(
            "Russian strikes killed at least six people on Monday, officials said.",
            "Russian strikes killed seven people on Sunday, the governor claimed, calling it “a massacre.”",
        )
    )
    assert found["numbers"] == "Outlets give different numbers."
    assert found["dates"] == "Outlets give different days or dates."
    assert found["quotes"] == "Only Outlet B quotes this."
    assert found["numbers"] == "Outlets give different numbers."  # six vs seven people
    assert "Outlet A: said" in found["attribution"] and "Outlet B: claimed" in found["attribution"]
    assert "negation" not in found


def test_reports_and_claims_as_nouns_are_not_attribution():
    assert attributions("The Kremlin denied reports of a call, refuting claims in the press.") == {"denied"}
    assert attributions("The Kremlin denied reports that a call took place.") == {"denied"}
    assert attributions("A spokesman says the call never happened.") == {"said"}
    assert attributions("Reuters reports that the call took place; he claims otherwise.") == {"reported", "claimed"}


def test_a_place_and_its_adjective_are_one_name():
    found = kinds(
        _claim(
            "Peskov said there were no preparations for talks with European leaders or Russian envoys.",
            "Peskov said Europe and Russia had no talks planned, nor had Ukraine.",
        )
    )
    assert found["names"] == "Only Outlet B names Ukraine."


def test_quotes_by_outlet_and_who_does_not_quote():
    claim = _claim(
        "Peskov called the report “false.”",
        "The Kremlin called it “false.”",
        "Peskov called it “pure fiction.”",
        "The Kremlin denied the report.",
    )
    found = kinds(claim)
    assert found["quotes"] == "Outlets quote different words; Outlet D does not quote."
    by_outlet = next(d.by_outlet for d in compare_claim(claim) if d.kind == "quotes")
    assert by_outlet == {"Outlet A": ["false"], "Outlet B": ["false"], "Outlet C": ["pure fiction"]}


def test_extra_numbers_are_not_a_conflict():
    found = kinds(
        _claim(
            "A 5.6 magnitude quake hit the island on Sunday, injuring five people.",
            "A 5.6 magnitude quake hit the island at 17:06 on Sunday.",
            "The quake, magnitude 5.2, hurt two people.",
        )
    )
    assert found["numbers"] == "Outlets give different numbers."  # 5.6 vs 5.2, and five vs two people
    found = kinds(_claim("A 5.6 quake injured five people.", "A 5.6 quake struck at 17:06."))
    assert "numbers" not in found
    assert found["extra-numbers"] == "Some outlets give numbers the others do not (Outlet A: 5; Outlet B: 17:06)."


def test_denials_agree_with_each_other():
    found = kinds(
        _claim(
            "Peskov dismissed the report as false.",
            "Peskov said no such conversation took place.",
            "The Kremlin rejected the report, calling it pure fiction.",
        )
    )
    assert "negation" not in found


def test_helpers():
    assert numbers("three people and 2,000 tents, 5.6 magnitude") == {"3", "2000", "5.6"}
    assert negated("Kyiv had not been informed") and not negated("Kyiv was informed")
    assert names("Kyiv said Dmitry Peskov spoke on Monday") == {"Dmitry Peskov"}
    assert names("Kyiv said Dmitry Peskov spoke on Monday", known={"Kyiv"}) == {"Dmitry Peskov", "Kyiv"}
    assert compare_claim(_claim("Only one outlet.")) == []


def _story(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text + "\n")
    return folder


def test_contradiction_sits_in_one_claim_and_is_flagged(tmp_path: Path, embedder):
    folder = _story(
        tmp_path / "s",
        {
            "a.txt": "Kyiv was informed of the call between Trump and Putin, a Ukrainian official said.",
            "b.txt": "A Ukrainian official said Kyiv was not informed of the call between Trump and Putin.",
            "c.txt": "Shares in Apple rose sharply after the quarterly results were published.",
        },
    )
    story = build_story(folder, embedder)
    [claim] = [c for c in story.claims if len(c.members) > 1]
    assert {m.source for m in claim.members} == {"a.txt", "b.txt"}
    negation = [d for d in claim.differences if d.kind == "negation"]
    assert negation and negation[0].summary.startswith("Disagreement: Outlet B")


def test_sentence_with_two_claims_joins_both(tmp_path: Path, embedder):
    folder = _story(
        tmp_path / "s",
        {
            "a.txt": "The Post said Trump urged Putin not to escalate the war in Ukraine and reminded him of the "
            "large US military presence in Europe.",
            "b.txt": "Trump urged Putin not to escalate the war in Ukraine, the newspaper reported.",
            "c.txt": "Trump reminded Putin of the large US military presence in Europe, according to the report.",
            "d.txt": "According to the paper, Trump urged Putin not to escalate the war in Ukraine.",
            "e.txt": "The report said Trump reminded Putin of the considerable US military presence in Europe.",
        },
    )
    story = build_story(folder, embedder)
    holding = [c for c in story.claims if any(m.source == "a.txt" for m in c.members)]
    assert len(holding) == 2
    assert sorted(sorted(m.source for m in c.members) for c in holding) == [
        ["a.txt", "b.txt", "d.txt"],
        ["a.txt", "c.txt", "e.txt"],
    ]
