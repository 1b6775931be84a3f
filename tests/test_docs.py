"""Documentation unit tests: every command is documented with its real --help (datasette habit)."""
import importlib.util

from .conftest import ROOT


def _module():
    spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "scripts" / "gen_cli_docs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _render():
    return _module().render()


def test_docs_readme_example_is_real_output():
    readme = (ROOT / "README.md").read_text()
    assert readme == _module().render_readme(readme), "README example is stale: run scripts/gen_cli_docs.py"


def test_docs_cli_reference_is_current():
    current = (ROOT / "docs" / "cli.md").read_text()
    assert current == _render(), "docs/cli.md is stale: run .venv/bin/python scripts/gen_cli_docs.py"


def test_docs_every_command_has_a_section():
    from eventwire.cli import main

    text = (ROOT / "docs" / "cli.md").read_text()
    for name in main.commands:
        assert f"## eventwire {name}" in text


def test_docs_readme_first_lines_are_the_two_setup_commands():
    lines = [x for x in (ROOT / "README.md").read_text().splitlines()[:8] if x.startswith("make ")]
    assert [x.split()[1] for x in lines] == ["demo", "test"]


def test_docs_actor_evaluation_output_is_real(shared):
    if not (shared / "data" / "events" / "plover_gsr_cameo_manual.jsonl").exists():
        import pytest
        pytest.skip("../shared/data/events missing")
    text = (ROOT / "docs" / "evaluation.md").read_text()
    assert text == _module().render_evaluation(text), "docs/evaluation.md is stale: run scripts/gen_cli_docs.py"
