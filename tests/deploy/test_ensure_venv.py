"""`scripts/ensure_venv.sh`, the venv step of `make setup`: a venv left without pip by an
interrupted `python -m venv` is made anew, and a whole one is left as it is."""

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "ensure_venv.sh"


def _ensure(venv: Path) -> str:
    result = subprocess.run(
        ["bash", str(SCRIPT), str(venv)],
        env={"PATH": "/usr/bin:/bin", "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return result.stdout


def _pip_works(venv: Path) -> bool:
    run = subprocess.run([venv / "bin" / "pip", "--version"], capture_output=True, timeout=120)
    return run.returncode == 0


def test_a_venv_without_pip_is_made_anew(tmp_path):
    venv = tmp_path / ".venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True, timeout=120)
    (venv / ".installed").touch()  # the install stamp of a venv that never got its packages
    assert not (venv / "bin" / "pip").exists()

    assert "creating it anew" in _ensure(venv)
    assert _pip_works(venv)
    assert not (venv / ".installed").exists()  # so setup installs the packages again


def test_a_whole_venv_is_left_as_it_is(tmp_path):
    venv = tmp_path / ".venv"
    _ensure(venv)
    (venv / ".installed").touch()
    assert _ensure(venv) == ""
    assert (venv / ".installed").exists()
    assert _pip_works(venv)
