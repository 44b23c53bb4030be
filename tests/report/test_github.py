"""GitHub workflow commands: an annotation per side, escaped so article text cannot forge a command."""

from __future__ import annotations

from factcheck.models import Report
from factcheck.report import github


def test_each_side_is_annotated_on_its_line(report: Report) -> None:
    lines = github.render(report).splitlines()
    single = [line for line in lines if "title=factcheck office-single-holder" in line]
    assert [line.split(",")[0] for line in single] == ["::error file=news/a.md", "::error file=news/b.md"]
    assert "line=1" in single[0] and "other side: news/b.md:1" in single[0]
    assert lines[-1].startswith("factcheck: 2 articles")


def test_text_from_articles_cannot_end_a_command(report: Report) -> None:
    for line in github.render(report).splitlines():
        if line.startswith("::"):
            head, _, message = line[2:].partition("::")
            assert "\n" not in message and "\r" not in message
            assert head.count("::") == 0


def test_escaping() -> None:
    assert github._data("100%\r\nnext") == "100%25%0D%0Anext"
    assert github._property("a:b,c") == "a%3Ab%2Cc"
