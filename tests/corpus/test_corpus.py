"""Reading a corpus from disk: discovery, manifests, front matter, encodings and publication dates."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from factcheck.corpus import discover, load_corpus
from factcheck.errors import CorpusError, UsageError
from factcheck.models import Article, Precision


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from the corpus folder so shown paths (and messages) are short and relative."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def only(paths: list[Path]) -> Article:
    corpus = load_corpus(paths)
    assert len(corpus.articles) == 1
    return corpus.articles[0]


# --- discover --------------------------------------------------------------------------------------------------------
def test_discover_sorts_and_skips_hidden_and_foreign_files(tmp_path: Path) -> None:
    """Articles come sorted by path; dot-files, dot-folders and non-article files are ignored."""
    for name in ["b.txt", "a.md", "sub/c.txt", "sub/d.markdown", ".draft.txt", ".cache/e.txt", "notes.pdf"]:
        write(tmp_path / name, "Text.\n")
    write(tmp_path / "sources.yaml", "articles: {}\n")
    found = discover([tmp_path])
    assert [f.relative_to(root).as_posix() for root, f in found] == ["a.md", "b.txt", "sub/c.txt", "sub/d.markdown"]
    assert all(root == tmp_path for root, _ in found)


def test_discover_accepts_upper_case_suffix(tmp_path: Path) -> None:
    """'.TXT' from a Windows export is still an article."""
    write(tmp_path / "WIRE.TXT", "Text.\n")
    assert [f.name for _, f in discover([tmp_path])] == ["WIRE.TXT"]


def test_discover_file_argument_is_rooted_at_its_folder(tmp_path: Path) -> None:
    """A file named directly gets its parent as root, and is listed once even if also reached via its folder."""
    f = write(tmp_path / "sub" / "a.txt", "Text.\n")
    assert discover([f]) == [(f.parent, f)]
    assert [file for _, file in discover([tmp_path, f])] == [f]


def test_one_file_under_two_spellings_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ "corpus" and "./corpus/", or a link to a file inside the folder: one article, not two."""
    write(tmp_path / "corpus" / "a.txt", "Text.\n")
    (tmp_path / "corpus" / "b.txt").symlink_to("a.txt")
    monkeypatch.chdir(tmp_path)
    assert len(discover(["corpus", "./corpus/", "corpus/../corpus/a.txt"])) == 1
    assert len(load_corpus(["corpus"]).articles) == 1


def test_a_link_out_of_the_folder_is_not_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A link inside a corpus to a file elsewhere (a home folder, /etc) is skipped with a warning, so
    a corpus cannot make a report quote what lies beyond it; named directly, the file is read."""
    secret = write(tmp_path / "outside" / "secret.md", "Treasury Secretary Janet Yellen spoke on Monday.\n")
    write(tmp_path / "corpus" / "a.txt", "Text.\n")
    (tmp_path / "corpus" / "link.md").symlink_to(secret)
    (tmp_path / "corpus" / "linked-dir").symlink_to(secret.parent, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    corpus = load_corpus(["corpus"])
    assert [a.path for a in corpus.articles] == ["corpus/a.txt"]
    assert corpus.warnings == ["corpus/link.md: skipped: a symbolic link out of the folder, not followed"]
    assert [s.path for s in corpus.skipped] == ["corpus/link.md"]
    assert [a.path for a in load_corpus(["corpus/link.md"]).articles] == ["outside/secret.md"]


def test_discover_rejects_missing_path(tmp_path: Path) -> None:
    """A path that does not exist is a usage error naming it."""
    with pytest.raises(UsageError, match=r"nope\.txt: no such file"):
        discover([tmp_path / "nope.txt"])


def test_discover_rejects_non_article_file(tmp_path: Path) -> None:
    """Naming a file of an unsupported type is a usage error listing the accepted suffixes."""
    pdf = write(tmp_path / "report.pdf", "x")
    with pytest.raises(UsageError, match=r"report\.pdf: not an article.*\.md.*\.txt"):
        discover([pdf])


# --- manifest --------------------------------------------------------------------------------------------------------
def test_manifest_month_and_title(tmp_path: Path) -> None:
    """sources.yaml gives the publication month as a month span, plus title, source and URL."""
    write(tmp_path / "a.txt", "Officials met on Monday.\n")
    write(
        tmp_path / "sources.yaml",
        "articles:\n"
        "  a.txt:\n"
        "    published: 2025-10\n"
        "    title: Talks Resume\n"
        "    source: Example News\n"
        "    url: https://example.com/a\n",
    )
    a = only([tmp_path])
    assert (a.published.start, a.published.end) == (dt.date(2025, 10, 1), dt.date(2025, 10, 31))
    assert a.published.precision is Precision.MONTH
    assert a.published.label() == "2025-10"
    assert a.published_from == "manifest"
    assert (a.title, a.source, a.url) == ("Talks Resume", "Example News", "https://example.com/a")


def test_manifest_entry_applies_only_to_its_file(tmp_path: Path) -> None:
    """Articles not listed in the manifest keep their own metadata."""
    write(tmp_path / "a.txt", "Officials met.\n")
    write(tmp_path / "b.txt", "Officials left.\n")
    write(tmp_path / "sources.yaml", "articles:\n  a.txt:\n    published: 2025-10-03\n")
    a, b = load_corpus([tmp_path]).articles
    assert a.published.label() == "2025-10-03"
    assert (b.published.is_known, b.published_from) == (False, "none")


def test_manifest_unknown_key_names_file_and_line(tmp_path: Path) -> None:
    """A typo in the manifest is a corpus error pointing at sources.yaml:line."""
    write(tmp_path / "a.txt", "Officials met.\n")
    write(tmp_path / "sources.yaml", "articles:\n  a.txt:\n    published: 2025-10\n    author: Jane Doe\n")
    with pytest.raises(CorpusError, match=r"sources\.yaml:4:\d+: .*author"):
        load_corpus([tmp_path])


def test_manifest_invalid_yaml_names_file(tmp_path: Path) -> None:
    """A manifest that is not YAML is a corpus error, not a crash."""
    write(tmp_path / "a.txt", "Officials met.\n")
    write(tmp_path / "sources.yaml", "articles: [\n")
    with pytest.raises(CorpusError, match=r"sources\.yaml:\d+"):
        load_corpus([tmp_path])


def test_manifest_unreadable_date_is_a_warning_not_the_end_of_the_run(tmp_path: Path) -> None:
    """A date that is not on the calendar leaves that article undated and says so; the others load."""
    write(tmp_path / "a.txt", "Officials met.\n")
    write(tmp_path / "b.txt", "Officials met again.\n")
    write(
        tmp_path / "sources.yaml", 'articles:\n  a.txt:\n    published: "2025-02-30"\n  b.txt: {published: 2025-03}\n'
    )
    corpus = load_corpus([tmp_path])
    a, b = corpus.articles
    assert not a.published.is_known and b.published.label() == "2025-03"
    [warning] = corpus.warnings
    assert warning.startswith(f"{a.path}: publication date ignored: '2025-02-30' is not a calendar date")


def test_manifest_unquoted_impossible_date_is_a_corpus_error(tmp_path: Path) -> None:
    """An unquoted impossible date must be a CorpusError (exit 2, one line), not a traceback."""
    write(tmp_path / "a.txt", "Officials met.\n")
    write(tmp_path / "sources.yaml", "articles:\n  a.txt:\n    published: 2025-02-30\n")
    with pytest.raises(CorpusError, match=r"sources\.yaml"):
        load_corpus([tmp_path])


# --- markdown front matter -------------------------------------------------------------------------------------------
FRONT = """---
title: Talks Resume in Geneva
published: 2025-03-04
source: Example News
url: https://example.com/geneva
---

Officials from both sides met in Geneva on Monday.
The talks will continue.
"""


def test_front_matter_fields(tmp_path: Path) -> None:
    """Front matter supplies title, day of publication, source and URL."""
    write(tmp_path / "a.md", FRONT)
    a = only([tmp_path])
    assert a.title == "Talks Resume in Geneva"
    assert a.published.label() == "2025-03-04"
    assert a.published_from == "front_matter"
    assert (a.source, a.url) == ("Example News", "https://example.com/geneva")


def test_front_matter_is_blanked_so_positions_match_the_file(tmp_path: Path) -> None:
    """A word on file line N is reported at line N: front matter is blanked, not cut."""
    write(tmp_path / "a.md", FRONT)
    a = only([tmp_path])
    assert len(a.text) == len(FRONT)
    assert "Example News" not in a.text
    file_lines = FRONT.split("\n")
    for word in ["Monday", "continue"]:
        line_no = next(i for i, line in enumerate(file_lines, 1) if word in line)
        offset = a.text.index(word)
        assert a.position(offset) == (line_no, file_lines[line_no - 1].index(word) + 1)
    assert a.position(a.text.index("Officials"))[0] == 8


def test_front_matter_short_word_on_line_six(tmp_path: Path) -> None:
    """With four lines of front matter and a blank line, the first body line is file line 6."""
    write(tmp_path / "a.md", "---\ntitle: T\npublished: 2025-03-04\n---\n\nBessent spoke.\n")
    a = only([tmp_path])
    assert a.position(a.text.index("Bessent")) == (6, 1)


def test_manifest_wins_over_front_matter(tmp_path: Path) -> None:
    """When both give a date or title, the manifest's is used."""
    write(tmp_path / "a.md", FRONT)
    write(tmp_path / "sources.yaml", "articles:\n  a.md:\n    published: 2025-10\n    title: From Manifest\n")
    a = only([tmp_path])
    assert (a.title, a.published.label(), a.published_from) == ("From Manifest", "2025-10", "manifest")
    assert a.source == "Example News"  # fields the manifest leaves out still come from front matter


def test_invalid_front_matter_is_ignored_with_its_line(tmp_path: Path) -> None:
    """Broken YAML in front matter costs that article its metadata, never the corpus."""
    write(tmp_path / "a.md", "---\ntitle: [unclosed\n---\nBody.\n")
    corpus = load_corpus([tmp_path])
    assert [a.id for a in corpus.articles] == ["a.md"] and not corpus.articles[0].published.is_known
    assert corpus.warnings[0].startswith("a.md: line 3: front matter ignored: invalid YAML")


def test_markdown_without_front_matter_keeps_text(tmp_path: Path) -> None:
    """A .md file with no front matter is read as it is; '---' later in the file is not front matter."""
    text = "Trade Talks Resume\n\nBody text.\n\n---\nnot: front matter\n---\n"
    write(tmp_path / "a.md", text)
    a = only([tmp_path])
    assert a.text == text
    assert a.title == "Trade Talks Resume"


# --- encodings and empty files ---------------------------------------------------------------------------------------
def test_non_utf8_file_is_read_with_warning(tmp_path: Path) -> None:
    """cp1252 bytes are decoded rather than crashing, and the user is told."""
    (tmp_path / "a.txt").write_bytes(b"The caf\xe9 reopened on Monday.\n")
    corpus = load_corpus([tmp_path])
    assert corpus.articles[0].text == "The café reopened on Monday.\n"
    assert len(corpus.warnings) == 1
    assert corpus.warnings[0].startswith("a.txt: not valid UTF-8")
    assert "cp1252" in corpus.warnings[0]


def test_bom_and_crlf_are_normalised(tmp_path: Path) -> None:
    """A UTF-8 BOM is dropped and CRLF becomes LF, so offsets and lines match what editors show."""
    (tmp_path / "a.txt").write_bytes("\ufeffLine one.\r\nLine two.\r\n".encode())
    corpus = load_corpus([tmp_path])
    a = corpus.articles[0]
    assert a.text == "Line one.\nLine two.\n"
    assert a.position(a.text.index("two")) == (2, 6)
    assert corpus.warnings == []


def test_empty_files_are_skipped_with_warning(tmp_path: Path) -> None:
    """Empty and whitespace-only files are not articles, but are mentioned."""
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "blank.md", "  \n\n\t\n")
    write(tmp_path / "real.txt", "Officials met.\n")
    corpus = load_corpus([tmp_path])
    assert [a.id for a in corpus.articles] == ["real.txt"]
    assert corpus.warnings == ["blank.md: skipped: empty file", "empty.txt: skipped: empty file"]
    assert [(k.path, k.reason) for k in corpus.skipped] == [("blank.md", "empty file"), ("empty.txt", "empty file")]


# --- publication date from the text ----------------------------------------------------------------------------------
def test_no_date_anywhere_is_unknown(tmp_path: Path) -> None:
    """Without a manifest, front matter or a date line, the publication date is unknown."""
    write(tmp_path / "a.txt", "Officials met to discuss trade.\nThe talks will continue.\n")
    a = only([tmp_path])
    assert a.published.is_known is False
    assert a.published_from == "none"


def test_published_line_gives_the_day(tmp_path: Path) -> None:
    """'Published: March 4, 2025' near the top sets the publication day."""
    write(tmp_path / "a.txt", "Trade Talks Resume\nPublished: March 4, 2025\n\nOfficials met on Monday.\n")
    a = only([tmp_path])
    assert (a.published.start, a.published.end) == (dt.date(2025, 3, 4), dt.date(2025, 3, 4))
    assert a.published.precision is Precision.DAY
    assert a.published_from == "text"
    assert a.title == "Trade Talks Resume"


def test_date_in_body_prose_is_not_the_publication_date(tmp_path: Path) -> None:
    """A date mentioned far down in the story is not taken as the publication date."""
    body = "\n".join(f"Paragraph {i} has no date." for i in range(15))
    write(tmp_path / "a.txt", body + "\nThe law was signed on March 4, 2025.\n")
    a = only([tmp_path])
    assert a.published_from == "none"


def test_article_ids_are_relative_to_the_root(tmp_path: Path) -> None:
    """Ids are POSIX paths relative to the folder given, so they are stable across machines."""
    write(tmp_path / "corpus" / "us" / "a.txt", "Officials met.\n")
    a = only([tmp_path / "corpus"])
    assert a.id == "us/a.txt"
    assert a.path == "corpus/us/a.txt"


def test_a_manifest_sets_defaults_for_its_folder(tmp_path: Path) -> None:
    (tmp_path / "sources.yaml").write_text(
        "articles:\n  own.txt: {source: Own Desk}\n"
        "defaults: {source: Example Wire, published: 2025-10-01, timezone: Asia/Tokyo}\n",
        encoding="utf-8",
    )
    (tmp_path / "own.txt").write_text("Officials met.\n", encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Officials met again.\n", encoding="utf-8")
    (tmp_path / "late.md").write_text("---\npublished: 2025-10-03T23:30:00Z\n---\nOfficials met.\n", encoding="utf-8")
    articles = {a.id: a for a in load_corpus([tmp_path]).articles}
    assert (articles["own.txt"].source, articles["plain.txt"].source) == ("Own Desk", "Example Wire")
    assert (articles["plain.txt"].published.label(), articles["plain.txt"].published_from) == ("2025-10-01", "default")
    assert articles["late.md"].published.label() == "2025-10-04"  # 08:30 in Tokyo


BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n" for p, n in zip("abcdefg", "bcdefgh", strict=True)
)


@pytest.mark.parametrize(
    ("front", "problem"),
    [
        ("published: 2025-02-30\n", 'line 2: front matter ignored: cannot read "2025-02-30"'),
        ("title: [unclosed\n", "front matter ignored: invalid YAML"),
        (BOMB, "front matter ignored: the YAML expands to over 200,000 values"),
        ("x: " + "[" * 100 + "]" * 100 + "\n", "front matter ignored: the YAML nested deeper than 64 levels"),
        ("- just\n- a list\n", "line 2: front matter ignored: it must be a mapping of fields"),
    ],
)
def test_bad_front_matter_is_a_warning_and_the_run_goes_on(tmp_path: Path, front: str, problem: str) -> None:
    (tmp_path / "bad.md").write_text(f"---\n{front}---\nOfficials met in Geneva.\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Officials met in London.\n", encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert sorted(a.id for a in corpus.articles) == ["bad.md", "good.txt"]
    assert any(w.startswith("bad.md: ") and problem in w for w in corpus.warnings), corpus.warnings


def test_a_named_fifo_is_skipped_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    corpus = load_corpus([fifo])
    assert corpus.articles == [] and [k.reason for k in corpus.skipped] == ["not a regular file"]


def test_a_manifest_entry_naming_no_file_is_a_warning_with_the_nearest_name(tmp_path: Path) -> None:
    (tmp_path / "sources.yaml").write_text("articles:\n  talks-madird.txt: {published: 2025-09-15}\n", encoding="utf-8")
    (tmp_path / "talks-madrid.txt").write_text("Officials met.\n", encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert any(
        "no file 'talks-madird.txt' in the folder; did you mean \"talks-madrid.txt\"?" in w for w in corpus.warnings
    )


def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text("Officials met.\n", encoding="utf-8")
    [article] = load_corpus([tmp_path]).articles
    assert article.id == "caf\\xe9.txt" and article.path.endswith("caf\\xe9.txt")
    article.path.encode("utf-8")  # printable: every report can write it
