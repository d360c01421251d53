import json
import subprocess
import sys
from pathlib import Path

import pytest

from negotiations.extraction.__main__ import main
from negotiations.extraction.files import MAX_BYTES, ArticleError, read_article

REPO = Path(__file__).resolve().parents[2]


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "negotiations.extraction", *map(str, args)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "call.txt"
    path.write_text(
        "Trump and Putin spoke by phone on Tuesday.\nTrump said on Tuesday the call went well.",
        encoding="utf-8",
    )
    return path


def test_cli_prints_one_json_document_with_the_extracted_events(article):
    result = run_cli(article, "--published", "2025-03-20")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["article"]["file"] == "call.txt"
    assert document["article"]["published"] == "2025-03-20"
    [meeting] = [e for e in document["events"] if e["type"] == "meeting"]
    assert (meeting["subtype"], meeting["date"]) == ("phone_call", "2025-03-18")


def test_cli_writes_pred_files_into_the_out_directory(article, tmp_path):
    out = tmp_path / "pred"
    assert main([str(article), "--published", "2025-03-20", "--out", str(out)]) == 0
    assert json.loads((out / "call.pred.json").read_text())["events"]


def test_cli_warns_when_no_publication_date_is_known(article, capsys):
    assert main([str(article)]) == 0
    assert "no publication date" in capsys.readouterr().err


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (b"a" * (MAX_BYTES + 1), "over 2 MB"),
    ],
)
def test_cli_refuses_bad_files_with_a_clear_message(tmp_path, capsys, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert main([str(path)]) != 0
    err = capsys.readouterr().err
    assert message in err and "bad.txt" in err


def test_cli_exit_code_is_non_zero_in_a_real_process_for_a_missing_file(tmp_path):
    result = run_cli(tmp_path / "missing.txt")
    assert result.returncode != 0 and "file not found" in result.stderr


def test_cli_rejects_a_malformed_publication_date(article, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([str(article), "--published", "17/03/2025"])
    assert exit_info.value.code != 0 and "YYYY-MM-DD" in capsys.readouterr().err


def test_unreadable_file_raises_article_error_with_the_reason(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("text", encoding="utf-8")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(ArticleError, match="Permission denied"):
        read_article(path)


def test_latin1_file_is_decoded(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le président a rencontré son homologue à Genève.".encode("latin-1"))
    assert "président" in read_article(path).text
