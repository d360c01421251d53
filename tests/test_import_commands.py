"""`manage.py extract_events` and `manage.py import_articles`."""

import json
import shutil

import pytest
from django.core.management import call_command

from negotiations.models import Source

from .import_support import SEED

HTML = b"""<!doctype html><html><head><title>Talks in Doha</title>
<meta property="article:published_time" content="2025-01-16"><script>alert(1)</script></head>
<body><article><h1>Talks in Doha</h1><p>Hamas and Israel agreed on Wednesday to a ceasefire
deal brokered by Qatar, Egypt and the United States, Qatari prime minister Mohammed bin
Abdulrahman Al Thani said in Doha.</p></article></body></html>"""


def run_extract(capsys, *args):
    with pytest.raises(SystemExit) as exit_info:
        call_command("extract_events", *map(str, args))
    captured = capsys.readouterr()
    return exit_info.value.code, captured.out, captured.err


@pytest.mark.django_db
def test_extract_events_prints_one_json_document_in_the_gold_shape(demo, capsys):
    call_command("extract_events", str(SEED), "--published", "2025-03-17")
    document = json.loads(capsys.readouterr().out)
    assert document["article"]["file"] == SEED.name
    assert document["article"]["published"] == "2025-03-17"
    assert {"name", "kind", "surface_forms"} <= set(document["actors"][0])
    event = document["events"][0]
    assert {"type", "date", "date_precision", "actors", "evidence", "confidence"} <= set(event)
    known = {a["name"]: a.get("actor_id") for a in document["actors"]}
    assert known["Vladimir Putin"] is not None  # matched through the database's gazetteer
    call = next(e for e in document["events"] if e["date"] == "2025-03-18")
    assert {"Donald Trump", "Vladimir Putin"} <= set(call["actors"])


@pytest.mark.django_db
def test_extract_events_works_on_an_empty_database_and_writes_pred_files(tmp_path, capsys):
    page = tmp_path / "doha.html"
    page.write_bytes(HTML)
    copy = tmp_path / "seed.txt"
    shutil.copy(SEED, copy)
    call_command("extract_events", str(page), str(copy), "--out", str(tmp_path / "out"))
    captured = capsys.readouterr()
    assert captured.out == ""
    doha = json.loads((tmp_path / "out" / "doha.pred.json").read_text())
    assert doha["article"]["published"] == "2025-01-16"  # from the page's metadata
    assert doha["actors"], "names are discovered without a gazetteer"
    assert (tmp_path / "out" / "seed.pred.json").exists()


@pytest.mark.django_db
def test_extract_events_without_a_date_says_so(tmp_path, capsys):
    article = tmp_path / "undated.txt"
    article.write_text("Trump will call Putin on Tuesday, the White House said.\n")
    call_command("extract_events", str(article))
    err = capsys.readouterr().err
    assert "no publication date" in err


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n  ", "no text"),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 100, "binary"),
        ("big.txt", b"a" * (2 * 1024 * 1024 + 1), "2 MB"),
        ("missing.txt", None, "not found"),
    ],
)
def test_extract_events_refuses_bad_files_with_a_non_zero_exit(
    tmp_path, capsys, name, content, message
):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    code, out, err = run_extract(capsys, path)
    assert code == 1 and message in err and out == ""


@pytest.mark.django_db
def test_extract_events_still_processes_the_good_files_among_bad_ones(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = run_extract(capsys, tmp_path / "empty.txt", SEED, "--published", "2025-03-17")
    assert code == 1 and json.loads(out)["events"]


@pytest.mark.django_db
def test_extract_events_refuses_a_bad_date(capsys):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("extract_events", str(SEED), "--published", "17/03/2025")


@pytest.mark.django_db
def test_import_articles_stores_each_article_once_and_queues_extraction(
    demo, tmp_path, capsys, django_capture_on_commit_callbacks
):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.txt").write_text(f"Article {i}: Trump will call Putin on Tuesday.\n")
    (folder / "page.html").write_bytes(HTML)
    (folder / "empty.txt").write_bytes(b"")
    with django_capture_on_commit_callbacks() as callbacks, pytest.raises(SystemExit) as exit_info:
        call_command(
            "import_articles",
            str(folder),
            str(folder / "a0.txt"),
            "--track",
            demo.slug,
            "--published",
            "2025-03-17",
        )
    assert exit_info.value.code == 1  # one file was refused
    captured = capsys.readouterr()
    assert "4 imported, 1 already present, 1 refused" in captured.out
    assert "empty.txt" in captured.err and "6/6" in captured.err
    imported = Source.objects.filter(origin="command")
    assert imported.count() == 4 and len(callbacks) == 4
    assert set(imported.values_list("track__slug", flat=True)) == {demo.slug}
    assert imported.get(filename="page.html").title == "Talks in Doha"


@pytest.mark.django_db
def test_import_articles_fetches_urls(capsys):
    from .import_support import serve

    routes = {"/doha": (200, {"Content-Type": "text/html; charset=utf-8"}, HTML)}
    with serve(routes) as base:
        call_command("import_articles", f"{base}/doha", "--no-extract")
    source = Source.objects.get()
    assert source.url == f"{base}/doha" and source.extraction_status == "new"


@pytest.mark.django_db
def test_import_articles_refuses_an_unknown_track():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No track"):
        call_command("import_articles", str(SEED), "--track", "nope")


def test_import_articles_shows_a_progress_bar_on_a_terminal():
    import io

    from negotiations.management.commands.import_articles import Progress

    class Tty(io.StringIO):
        def isatty(self):
            return True

    stream = Tty()
    progress = Progress(2, stream)
    progress.step({"created": 1})
    progress.step({"created": 2})
    assert "\r" in stream.getvalue() and "2/2" in stream.getvalue() and "█" in stream.getvalue()
