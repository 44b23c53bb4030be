"""CMS and crawler exports: JSON Lines and JSON, with odd records, other field names and HTML bodies."""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.corpus import CorpusOptions, is_own_report, load_corpus
from factcheck.corpus.records import html_to_text

GOOD = {"id": 1, "title": "Talks resume", "published_at": "2025-10-14", "url": "https://wire.example/1",
        "body": "U.S. Treasury Secretary Scott Bessent spoke on Tuesday.", "publisher": {"name": "Wire"}}  # fmt: skip


def lines(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def test_json_lines_with_odd_records(tmp_path: Path) -> None:
    (tmp_path / "export.jsonl").write_text(
        lines(
            GOOD,
            '{"title": "broken", "body": "unterminated',  # malformed
            {"title": "no text here"},
            ["not", "an", "object"],
            "",
            {
                "headline": "HTML body",
                "content": "<p>Treasury Secretary Janet Yellen spoke.</p><p>Then she left.</p>",
                "datePublished": "2025-10-15T09:00:00Z",
            },
        ),
        encoding="utf-8",
    )
    corpus = load_corpus([tmp_path])
    assert [(a.id, a.record, Path(a.label).name) for a in corpus.articles] == [
        ("export.jsonl#1", 1, "export.jsonl#1"),
        ("export.jsonl#5", 5, "export.jsonl#5"),
    ]
    first, html = corpus.articles
    assert (first.title, first.source, first.url, first.published.label()) == (
        "Talks resume",
        "Wire",
        "https://wire.example/1",
        "2025-10-14",
    )
    assert first.position(10)[0] == 1 and html.position(5)[0] == 6  # the record's line in the file
    assert html.text == "Treasury Secretary Janet Yellen spoke.\n\nThen she left.\n"
    assert [w.removeprefix(f"{tmp_path}/") for w in corpus.warnings] == [
        "export.jsonl: record 2 (line 2): not valid JSON: Unterminated string starting at (column 29)",
        "export.jsonl: record 3 (line 3): no text (looked for text, content, body, article_body, articleBody, "
        "content_text); skipped",
        "export.jsonl: record 4 (line 4): not an object; skipped",
    ]


def test_configured_field_names(tmp_path: Path) -> None:
    (tmp_path / "feed.ndjson").write_text(lines({"story": "Officials met in Geneva on May 10.", "when": "2025-05-12"}))
    fields = {"text": ("story",), "published": ("when",)}
    [article] = load_corpus([tmp_path], options=CorpusOptions(fields=fields)).articles
    assert article.text.startswith("Officials met") and article.published.label() == "2025-05-12"


def test_json_arrays_and_containers(tmp_path: Path) -> None:
    records = [GOOD, {**GOOD, "body": "The Dow fell 1% on Monday."}]
    (tmp_path / "a.json").write_text(json.dumps(records, indent=2), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"meta": {"n": 1}, "items": [GOOD]}, indent=2), encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert [Path(a.label).name for a in corpus.articles] == ["a.json#1", "a.json#2", "b.json#1"]
    second = corpus.articles[1]
    assert second.position(0)[0] == (tmp_path / "a.json").read_text().split("\n").index("  {", 2) + 1


def test_factcheck_outputs_are_not_read_as_articles(tmp_path: Path) -> None:
    (tmp_path / "consistency.json").write_text(json.dumps({"version": 1, "summary": {}, "conflicts": []}))
    (tmp_path / "factcheck-baseline.json").write_text(json.dumps({"version": 1, "tool": "factcheck", "conflicts": []}))
    (tmp_path / "consistency.jsonl").write_text(lines({"type": "summary", "version": 1, "articles": 2}))
    corpus = load_corpus([tmp_path])
    assert corpus.articles == []
    assert sorted(k.path.rsplit("/", 1)[-1] for k in corpus.skipped) == [
        "consistency.json",
        "consistency.jsonl",
        "factcheck-baseline.json",
    ]


def test_a_broken_json_file_is_named_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('[\n  {"body": "x"},\n  {oops}\n]\n')
    corpus = load_corpus([tmp_path])
    assert corpus.articles == [] and corpus.warnings[0].endswith("bad.json: line 3: not valid JSON: "
                                                                 "Expecting property name enclosed in double quotes; "
                                                                 "nothing of the file was read")  # fmt: skip


def test_html_to_text_drops_scripts_and_keeps_paragraphs() -> None:
    markup = "<div><h2>Title</h2><script>var x = 1;</script><p>One &amp; two.</p><br><p>Three</p></div>"
    assert html_to_text(markup) == "Title\n\nOne & two.\n\nThree\n"


def test_is_own_report_tells_factcheck_outputs_from_exports(tmp_path: Path) -> None:
    own = tmp_path / "consistency.json"
    own.write_text(json.dumps({"version": 1, "summary": {}, "conflicts": []}), encoding="utf-8")
    export = tmp_path / "export.jsonl"
    export.write_text(lines(GOOD), encoding="utf-8")
    concise = tmp_path / "consistency.txt"
    concise.write_text("a.md:3:1: error office-vs-reference: Yellen\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Officials met.\n", encoding="utf-8")
    assert [is_own_report(p) for p in (own, export, concise, article)] == [True, False, True, False]
