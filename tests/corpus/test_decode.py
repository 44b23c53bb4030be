"""Encodings: byte-order marks decide, UTF-8 is UTF-8, anything else is a named guess; binary and
oversized files are skipped with their reason."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from factcheck.corpus import CorpusOptions, load_corpus
from factcheck.corpus.decode import Skip, decode

TEXT = "Treasury Secretary Scott Bessent visited a café “today”.\r\nSecond line.\n"
EXPECTED = TEXT.replace("\r\n", "\n")


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        (TEXT.encode("utf-8"), None),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), None),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), None),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), None),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), None),
        (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), None),
        (TEXT.encode("cp1252"), "not valid UTF-8 (byte 46); read as cp1252"),
    ],
)
def test_encodings(data: bytes, warning: str | None) -> None:
    assert decode(data) == (EXPECTED, warning)


def test_another_script_is_guessed_by_charset_normalizer() -> None:
    russian = "Министр финансов США Скотт Бессент провёл переговоры в Мадриде в воскресенье.\n" * 3
    text, warning = decode(russian.encode("koi8-r"))
    assert text == russian
    assert warning is not None and "guessed by charset-normalizer" in warning


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes)"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "starts with a UTF-16 byte-order mark but is not UTF-16 (byte 0)"),
    ],
)
def test_binary_is_skipped(data: bytes, reason: str) -> None:
    with pytest.raises(Skip, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode(data)


def test_the_corpus_lists_what_it_skipped_and_reads_the_rest(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"GIF89a\x00\x01\x00")
    (tmp_path / "huge.md").write_text("word " * 400, encoding="utf-8")
    (tmp_path / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + "Officials met in Geneva.\n".encode("utf-16-le"))
    corpus = load_corpus([tmp_path], options=CorpusOptions(max_bytes=1000))
    assert [a.id for a in corpus.articles] == ["utf16.txt"]
    assert corpus.articles[0].text == "Officials met in Geneva.\n"
    reasons = {Path(k.path).name: k.reason for k in corpus.skipped}
    assert reasons == {
        "huge.md": "2,000 bytes, over the size limit of 1,000 (max_file_size)",
        "image.txt": "binary file (NUL bytes)",
    }
