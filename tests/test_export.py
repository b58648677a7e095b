import json
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def test_export_seed_folder_without_metadata(seed_folder: Path):
    result = run_cli("export", str(seed_folder))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["story"] == "seed-story"
    assert data["outlets"] == ["Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet E"]
    claims = data["claims"]
    assert len(claims) > 20
    members = [m for c in claims for m in c["members"]]
    assert {m["source"] for m in members} == {f.name for f in seed_folder.iterdir()}
    assert all(set(m) >= {"outlet", "source", "text"} for m in members)
    assert len({c["id"] for c in claims}) == len(claims)
    # The lead, told by every outlet, is a claim of four outlets or more (its sentences may also tell
    # other facts, and so be in other claims too).
    lead = [c for c in claims if any("Kremlin denied reports that a phone call" in m["text"] for m in c["members"])]
    assert lead and max(len(c["outlets"]) for c in lead) >= 4
    # "heading" is the whole sentence a cut "title" was cut from.
    cut = [c for c in claims if c["title"].rstrip('"”').endswith("…")]
    assert cut and all(c["heading"].startswith(c["title"].rstrip('"”')[:-1]) for c in cut)
    assert all(c["heading"] == c["title"] for c in claims if c not in cut)
    # "reporting" is what the pages count: the claim's outlets without its weaker matches.
    assert all(c["reporting"] == [o for o in c["outlets"] if o not in c["weaker_match"]] for c in claims)
    assert any(c["weaker_match"] and c["reporting"] for c in claims)
    assert {d["reason"] for d in data["dropped"]} >= {"advertisement", "feedback prompt", "corrections footer"}
    # An article's sentence count counts each sentence once, however many claims it tells.
    for article in data["articles"]:
        texts = {m["text"] for c in claims for m in c["members"] if m["source"] == article["source"]}
        assert article["sentences"] == len(texts), article["source"]
    # Same input, same bytes.
    assert run_cli("export", str(seed_folder)).stdout == result.stdout


def test_export_errors_are_one_line_per_file(tmp_path: Path):
    story = tmp_path / "broken"
    story.mkdir()
    (story / "a.txt").write_bytes(b"")
    (story / "b.md").write_text("Title: T\nDate: not-a-date\n\nText here.\n")
    (story / "c.txt").write_text("A fine sentence about the story.\n")
    result = run_cli("export", str(story), "--lexical-only")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert any(line.startswith("error: ") and "a.txt" in line and "empty" in line for line in lines)
    assert any("b.md:2" in line and "not a date" in line for line in lines)
    assert run_cli("export", str(tmp_path / "missing")).returncode == 2
