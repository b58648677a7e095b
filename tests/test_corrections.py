"""An editor's corrections.toml, applied in real Pelican builds of the seed story."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.corrections import sentence_hash

from .conftest import ROOT, SEED_STORY, pelican_build

STORY = "seed"
LEXICAL = ("-e", "DIGEST_LEXICAL_ONLY=true")


def build(content: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return pelican_build(content, out, *LEXICAL)


def data(out: Path) -> dict:
    return json.loads((out / STORY / f"{STORY}.json").read_text())


def page(out: Path, claim_id: str) -> BeautifulSoup:
    return BeautifulSoup((out / STORY / f"{claim_id}.html").read_text(), "html.parser")


def ref(member: dict) -> str:
    return f"{member['source']}@{sentence_hash(member['text'])}"


@pytest.fixture(scope="module")
def uncorrected(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    content = tmp_path_factory.mktemp("content")
    shutil.copytree(SEED_STORY, content / STORY)
    out = tmp_path_factory.mktemp("out")
    result = build(content, out)
    assert result.returncode == 0, result.stderr
    return content, data(out)


def corrected(tmp_path: Path, uncorrected: tuple[Path, dict], toml: str) -> tuple[subprocess.CompletedProcess, Path]:
    content = tmp_path / "content"
    shutil.copytree(uncorrected[0], content)
    (content / STORY / "corrections.toml").write_text(toml, encoding="utf-8")
    out = tmp_path / "out"
    return build(content, out), out


def test_merge_hide_retitle_check_and_move(tmp_path: Path, uncorrected: tuple[Path, dict]):
    before = uncorrected[1]
    claims = before["claims"]
    shared = [c for c in claims if len(c["outlets"]) >= 2]
    alone = [c for c in claims if len(c["outlets"]) == 1]
    keep, joining = shared[0], alone[0]
    hidden, retitled, confirmed = alone[1], shared[1], shared[2]
    mover = shared[3]["members"][-1]
    toml = f"""
# the editor's corrections
[[merge]]
claims = ["{keep["id"]}", "{joining["id"]}"]

[[hide]]
claim = "{hidden["id"]}"

[[retitle]]
claim = "{retitled["id"]}"
title = "A heading the editor wrote."

[[check]]
claim = "{ref(confirmed["members"][0])}"  # named by one of its sentences

[[move]]
sentence = "{ref(mover)} {mover["text"][:30]}"
to = "new"
"""
    result, out = corrected(tmp_path, uncorrected, toml)
    assert result.returncode == 0, result.stderr
    after = data(out)
    by_id = {c["id"]: c for c in after["claims"]}
    # Merge: the first claim keeps its URL and gains the other's sentences; the other's page is gone.
    assert keep["id"] in by_id and joining["id"] not in by_id
    assert not (out / STORY / f"{joining['id']}.html").exists()
    merged = {(m["source"], m["sentence"]) for m in by_id[keep["id"]]["members"]}
    assert {(m["source"], m["sentence"]) for m in joining["members"]} <= merged
    # Hide: no page, not listed.
    assert hidden["id"] not in by_id and not (out / STORY / f"{hidden['id']}.html").exists()
    # Retitle: the heading, and the same URL.
    title = page(out, retitled["id"]).find(attrs={"data-pagefind-meta": "title"})
    assert title.get_text() == "A heading the editor wrote."
    # Move to a new claim: the sentence leaves its claim for one of its own.
    home = [c for c in after["claims"] if any(m["text"] == mover["text"] for m in c["members"])]
    assert len(home) == 1 and len(home[0]["members"]) == 1
    assert home[0]["id"] not in {c["id"] for c in claims}
    # Every other claim keeps its URL.
    untouched = {c["id"] for c in claims} - {joining["id"], hidden["id"]}
    assert untouched <= set(by_id)
    assert [c["number"] for c in after["claims"]] == list(range(1, len(after["claims"]) + 1))
    # The story page says how many claims an editor checked: merged, retitled, checked, moved from, new.
    story = BeautifulSoup((out / STORY / "index.html").read_text(), "html.parser")
    assert "an editor checked 5 of" in " ".join(story.find("p", class_="meta").get_text().split())
    assert "checked by an editor" in page(out, confirmed["id"]).find(class_="kicker").get_text()
    # Rebuilding gives the same site: corrections are deterministic and survive rebuilds.
    again = tmp_path / "again"
    assert build(tmp_path / "content", again).returncode == 0
    files = {
        p.relative_to(out): p.read_bytes()
        for p in out.rglob("*")
        if p.is_file() and not p.relative_to(out).parts[0].startswith("pagefind")
    }
    files2 = {
        p.relative_to(again): p.read_bytes()
        for p in again.rglob("*")
        if p.is_file() and not p.relative_to(again).parts[0].startswith("pagefind")
    }
    assert files == files2


def test_split_makes_a_new_claim_of_the_sentences_named(tmp_path: Path, uncorrected: tuple[Path, dict]):
    claim = max(uncorrected[1]["claims"], key=lambda c: len(c["outlets"]))
    leaving = claim["members"][-2:]
    toml = f'[[split]]\nclaim = "{claim["id"]}"\nsentences = ["{ref(leaving[0])}", "{ref(leaving[1])}"]\n'
    result, out = corrected(tmp_path, uncorrected, toml)
    assert result.returncode == 0, result.stderr
    after = data(out)
    kept = next(c for c in after["claims"] if c["id"] == claim["id"])
    assert len(kept["members"]) == len(claim["members"]) - 2
    new = [c for c in after["claims"] if {m["text"] for m in c["members"]} == {m["text"] for m in leaving}]
    assert len(new) == 1 and new[0]["id"] != claim["id"]


def test_a_correction_that_no_longer_applies_is_one_line_naming_file_and_line(
    tmp_path: Path, uncorrected: tuple[Path, dict]
):
    claim = uncorrected[1]["claims"][0]
    stale = f"{claim['members'][0]['source']}@00000000"
    toml = (
        f'[[check]]\nclaim = "{claim["id"]}"\n\n'
        f'[[move]]\nsentence = "{stale}"\nto = "new"\n\n'
        '[[hide]]\nclaim = "gone-1a2b3c"\n'
    )
    result, _ = corrected(tmp_path, uncorrected, toml)
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    path = f"{STORY}/corrections.toml"
    assert len(errors) == 2, result.stderr
    assert re.search(rf"{re.escape(path)}:4: \[\[move\]\] sentence {re.escape(stale)} is not in the story", errors[0])
    assert "its text changed" in errors[0]
    assert re.search(rf"{re.escape(path)}:8: \[\[hide\]\] claim gone-1a2b3c is not in the story", errors[1])
    assert "Traceback" not in result.stderr + result.stdout


def test_bad_toml_and_unknown_kinds_name_the_line(tmp_path: Path, uncorrected: tuple[Path, dict]):
    result, _ = corrected(tmp_path, uncorrected, '[[merge]]\nclaims = ["a", "b"\n')
    assert result.returncode == 2 and re.search(r"corrections\.toml:\d+: not valid TOML", result.stderr)
    result, _ = corrected(tmp_path / "2", uncorrected, '[[regroup]]\nclaim = "x"\n')
    assert result.returncode == 2 and "corrections.toml:1: [[regroup]] is not a correction" in result.stderr


def test_review_lists_close_calls_with_lines_that_work_when_pasted(tmp_path: Path, uncorrected: tuple[Path, dict]):
    folder = uncorrected[0] / STORY
    review = subprocess.run(
        [sys.executable, "-m", "generator", "review", str(folder), "--lexical-only", "--limit", "5"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert review.returncode == 0, review.stderr
    blocks = re.findall(r"^   (\[\[move\]\]\n   sentence = .*\n   to = .*)$", review.stdout, re.MULTILINE)
    assert len(blocks) == 5, review.stdout
    margins = [
        abs(float(a) - float(b)) for a, b in re.findall(r"similarity ([\d.]+), threshold ([\d.]+)", review.stdout)
    ]
    assert margins == sorted(margins)  # least certain first
    paste = "\n".join(line.strip() for line in blocks[0].splitlines()) + "\n"
    result, out = corrected(tmp_path, uncorrected, paste)
    assert result.returncode == 0, result.stderr
    assert data(out)["claims"] != uncorrected[1]["claims"]


def test_disagreements_are_those_of_the_corrected_claims(tmp_path: Path, uncorrected: tuple[Path, dict]):
    """Corrections run after the alignment and before the comparison: splitting the contradicting
    outlet out of a claim makes the conflict inside it a contradiction between two claims, shown on
    the story page (both claims flagged) and on both claim pages; hiding a claim drops its conflicts."""
    before = uncorrected[1]
    [conflict] = [d for d in before["disagreements"] if d["kind"] == "negation"]
    [claim_id] = conflict["claims"]
    claim = next(c for c in before["claims"] if c["id"] == claim_id)
    leaving = [m for m in claim["members"] if m["outlet"] == "Outlet C"]
    refs = ", ".join(f'"{ref(m)}"' for m in leaving)
    result, out = corrected(tmp_path / "split", uncorrected, f'[[split]]\nclaim = "{claim_id}"\nsentences = [{refs}]\n')
    assert result.returncode == 0, result.stderr
    after = data(out)
    [contradiction] = [d for d in after["disagreements"] if d["kind"] == "negation"]
    assert len(contradiction["claims"]) == 2 and claim_id in contradiction["claims"]
    story = BeautifulSoup((out / STORY / "index.html").read_text(), "html.parser")
    flagged = {
        li.a["href"].rsplit("/", 1)[-1].removesuffix(".html")
        for li in story.select("ol.claims > li")
        if "outlets differ" in li.get_text()
    }
    assert flagged == {i for d in after["disagreements"] for i in d["claims"]}
    for mine in contradiction["claims"]:
        [other] = [c for c in contradiction["claims"] if c != mine]
        links = [a["href"].rsplit("/", 1)[-1] for a in page(out, mine).select("section.disputes a")]
        assert links == [f"{other}.html"]

    result, out = corrected(tmp_path / "hide", uncorrected, f'[[hide]]\nclaim = "{claim_id}"\n')
    assert result.returncode == 0, result.stderr
    assert not any(claim_id in d["claims"] for d in data(out)["disagreements"])
