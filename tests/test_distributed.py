"""The Dask engine on a LocalCluster of 2 workers gives the local engine's report, byte for byte."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from factcheck import api, distributed
from factcheck.report import RENDERERS, RenderOptions
from factcheck.settings import Settings
from tests.conftest import ROOT
from tests.e2e.test_cli import run

pytestmark = pytest.mark.skipif(not distributed.available(), reason="the dask extra is not installed")

PLACES = ["Geneva", "London", "Stockholm", "Madrid"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds, the end-to-end corpus (planted errors, near misses) and generated articles."""
    root = tmp_path_factory.mktemp("dask")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    shutil.copytree(ROOT / "tests" / "e2e" / "corpus", root / "planted")
    generated = root / "generated"
    generated.mkdir()
    for i in range(120):
        text = (
            f"---\npublished: 2025-09-{1 + i % 28:02d}\n---\n"
            f"U.S. and Chinese officials met in {PLACES[i % 4]} on September {1 + i % 20} for trade talks.\n\n"
            f"The S&P 500 fell {1 + i % 3}.{i % 10}% on Friday.\n\n"
            + (
                "U.S. Treasury Secretary Janet Yellen spoke.\n"
                if i % 7 == 0
                else "Treasury Secretary Scott Bessent spoke.\n"
            )
        )
        (generated / f"g{i:03d}.md").write_text(text, encoding="utf-8")
    (generated / "broken.json").write_text("{not json", encoding="utf-8")  # a file that fails: a warning
    return root


def reports(paths: list[Path], settings: Settings) -> tuple[str, str]:
    report = api.check(paths, settings=settings)
    return RENDERERS["json"](report, RenderOptions()), RENDERERS["markdown"](report, RenderOptions())


def test_the_dask_engine_writes_the_local_report(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus)
    paths = [Path("seeds"), Path("planted"), Path("generated")]
    local = reports(paths, Settings(jobs=1))
    monkeypatch.setattr(distributed, "FILES_PER_PARTITION", 25)  # several partitions, several groups per worker
    dask = reports(paths, Settings(engine="dask", jobs=2))
    assert dask == local
    assert "broken.json" in dask[1]  # the failing file is reported as locally


def test_a_rule_error_stops_the_run_before_any_work(corpus: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "checks.yaml").write_text("checks:\n  - id: x\n    check: nonsense\n", encoding="utf-8")
    result = run("check", "seeds", "--engine", "dask", "--rules", str(bad), cwd=corpus)
    assert result.returncode == 2
    assert "checks.yaml:" in result.stderr and "Traceback" not in result.stderr


def test_without_dask_the_engine_says_how_to_install_it(corpus: Path) -> None:
    code = (
        "import sys; sys.modules['dask'] = None; sys.modules['distributed'] = None\n"
        "from factcheck.cli import main\n"
        "sys.argv = ['factcheck', 'check', 'seeds', '--engine', 'dask']\n"
        "main()\n"
    )
    import subprocess

    result = subprocess.run([sys.executable, "-c", code], cwd=corpus, capture_output=True, text=True, check=False)
    assert result.returncode == 2, result.stderr
    assert "pip install 'factcheck[dask]'" in result.stderr


def test_a_scheduler_needs_the_dask_engine(corpus: Path) -> None:
    result = run("check", "seeds", "--scheduler", "tcp://127.0.0.1:8786", cwd=corpus)
    assert result.returncode == 2
    assert "--engine dask" in result.stderr
