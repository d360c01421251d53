"""Bad input gets a clear answer and nothing half-stored; the same article is stored once."""

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from negotiations.fetching import FetchError, fetch_article
from negotiations.models import Source

from .import_support import ARTICLE, serve

IMPORT = "negotiations:import"

PAGE = b"""<!doctype html><html><head><title>Colloqui a Istanbul</title>
<meta property="article:published_time" content="2022-03-30">
<style>body { color: red }</style><script>alert("x"); document.write("<b>pwned</b>")</script>
</head><body><nav>Home | Mondo | Sport</nav><article><h1>Colloqui a Istanbul</h1>
<p>Le delegazioni di Russia e Ucraina si sono incontrate marted\xc3\xac a Istanbul per un nuovo
round di colloqui, ospitato dal presidente turco Recep Tayyip Erdogan.</p>
<p>La delegazione ucraina ha proposto un accordo di neutralit\xc3\xa0 con garanzie di sicurezza
internazionali, mentre Mosca ha promesso di ridurre le attivit\xc3\xa0 militari intorno a Kiev.</p>
<script>var tracking = "<img src=x onerror=alert(1)>";</script>
</article><footer>Cookie policy</footer></body></html>"""


def post(client, **data):
    return client.post(reverse(IMPORT), data)


@pytest.mark.django_db
def test_pasted_article_becomes_a_source_and_queues_extraction(
    editor_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        response = post(editor_client, text=ARTICLE, published="2025-03-17")
    source = Source.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("negotiations:import_review", args=[source.pk])
    assert source.extraction_status == "queued" and source.origin == "paste"
    assert str(source.published_on) == "2025-03-17"
    assert len(callbacks) == 1  # the task is enqueued only once the Source is committed


@pytest.mark.django_db
def test_same_text_with_different_whitespace_is_not_stored_twice(editor_client):
    post(editor_client, text=ARTICLE)
    reflowed = "  " + ARTICLE.replace(" ", "   ").replace("\n", "\r\n\r\n") + "\n\n"
    response = post(editor_client, text=reflowed)
    source = Source.objects.get()
    assert response["Location"] == reverse("negotiations:import_review", args=[source.pk])
    follow = editor_client.get(response["Location"])
    assert "already imported" in follow.content.decode()


@pytest.mark.django_db
def test_same_url_is_not_fetched_or_stored_twice(editor_client):
    hits = []

    def page(handler):
        hits.append(1)
        return 200, {"Content-Type": "text/html; charset=utf-8"}, PAGE

    with serve({"/a": page}) as base:
        post(editor_client, url=f"{base}/a")
        response = post(editor_client, url=f"{base}/a")
    assert Source.objects.count() == 1 and len(hits) == 1
    assert response["Location"] == reverse(
        "negotiations:import_review", args=[Source.objects.get().pk]
    )


@pytest.mark.django_db
def test_url_import_cleans_html_to_text_and_takes_the_metadata_date(editor_client):
    with serve({"/istanbul": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE)}) as base:
        response = post(editor_client, url=f"{base}/istanbul")
    assert response.status_code == 302, response.content.decode()[:500]
    source = Source.objects.get()
    assert source.origin == "url" and source.url == f"{base}/istanbul"
    assert "Istanbul" in source.text
    assert (
        "alert" not in source.text
        and "<script" not in source.text
        and "color: red" not in source.text
    )
    assert str(source.published_on) == "2022-03-30"
    assert source.title == "Colloqui a Istanbul"


@pytest.mark.django_db
def test_article_html_is_never_rendered_unescaped(editor_client):
    post(editor_client, text="<b>not bold</b> Trump called Putin <script>alert(1)</script> today.")
    source = Source.objects.get()
    page = editor_client.get(reverse("negotiations:import_review", args=[source.pk]))
    body = page.content.decode()
    assert "<script>alert" not in body and "<b>not bold" not in body


@pytest.mark.django_db
def test_uploaded_html_file_loses_its_scripts_and_styles(editor_client):
    upload = SimpleUploadedFile("istanbul.html", PAGE, content_type="text/html")
    response = editor_client.post(reverse(IMPORT), {"file": upload})
    assert response.status_code == 302
    source = Source.objects.get()
    assert source.origin == "upload" and source.filename == "istanbul.html"
    assert "alert" not in source.text and "Istanbul" in source.text


@pytest.mark.django_db
def test_latin1_text_file_is_decoded(editor_client):
    text = "Le délégué a proposé un cessez-le-feu à Genève, déclaré mardi le médiateur qatari."
    upload = SimpleUploadedFile("art.txt", (text * 3).encode("latin-1"))
    response = editor_client.post(reverse(IMPORT), {"file": upload})
    assert response.status_code == 302
    assert "délégué" in Source.objects.get().text


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": ""}, "empty"),
        ({"text": "   \n\t  "}, "empty"),
        ({"file": ("empty.txt", b"")}, "empty"),
        ({"file": ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 200)}, "PNG"),
        ({"file": ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF" + b"\x00" * 200)}, "JPEG"),
        ({"file": ("blob.txt", bytes(range(256)) * 10)}, "binary"),
        ({"file": ("big.txt", b"a" * (2 * 1024 * 1024 + 1))}, "limit is 2 MB"),
        ({"text": "x" * (2 * 1024 * 1024 + 10)}, "limit is 2 MB"),
        ({"file": ("notes.docx", b"hello")}, ".txt or .html"),
        ({"url": "ftp://example.org/article"}, "Only http"),
        ({"url": "file:///etc/passwd"}, "Only http"),
        ({"url": "javascript:alert(1)"}, "Only http"),
        (
            {"text": "<html><body><script>x()</script><style>p{}</style></body></html>"},
            "No article text",
        ),
    ],
)
def test_bad_input_is_refused_clearly_and_nothing_is_stored(editor_client, data, message):
    if "file" in data:
        name, content = data["file"]
        data = {"file": SimpleUploadedFile(name, content)}
    response = editor_client.post(reverse(IMPORT), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Source.objects.exists()


@pytest.mark.django_db
def test_text_and_url_together_are_refused(editor_client):
    response = post(editor_client, text=ARTICLE, url="https://example.org/")
    assert response.status_code == 400 and "one way only" in response.content.decode()


@pytest.mark.django_db
def test_url_returning_an_image_is_refused(editor_client):
    with serve({"/img": (200, {"Content-Type": "image/png"}, b"\x89PNG....")}) as base:
        response = post(editor_client, url=f"{base}/img")
    assert response.status_code == 400 and "image/png" in response.content.decode()
    assert not Source.objects.exists()


@pytest.mark.django_db
def test_url_answering_404_is_refused(editor_client):
    with serve({}) as base:
        response = post(editor_client, url=f"{base}/missing")
    assert response.status_code == 400 and "404" in response.content.decode()


@pytest.mark.django_db
def test_url_that_times_out_is_refused(editor_client, settings):
    settings.URL_IMPORT_TIMEOUT = 0.5

    def slow(handler):
        time.sleep(2)
        return 200, {"Content-Type": "text/html"}, PAGE

    with serve({"/slow": slow}) as base:
        response = post(editor_client, url=f"{base}/slow")
    assert response.status_code == 400 and "did not answer" in response.content.decode()
    assert not Source.objects.exists()


@pytest.mark.django_db
def test_loopback_url_is_refused_when_private_addresses_are_not_allowed(editor_client, settings):
    settings.URL_IMPORT_ALLOW_PRIVATE = False
    with serve({"/a": (200, {"Content-Type": "text/html"}, PAGE)}) as base:
        response = post(editor_client, url=f"{base}/a")
    assert response.status_code == 400 and "private, loopback" in response.content.decode()
    assert not Source.objects.exists()


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1", "10.0.0.1", "192.168.1.1", "169.254.169.254", "[::1]", "0.0.0.0", "localhost"],
)
def test_private_and_reserved_hosts_are_refused(settings, host):
    settings.URL_IMPORT_ALLOW_PRIVATE = False
    with pytest.raises(FetchError, match="private, loopback or reserved"):
        fetch_article(f"http://{host}/article")


def test_redirect_to_a_private_address_is_refused(settings, monkeypatch):
    """The first hop is allowed (as if public); the redirect target is checked again."""
    from negotiations import fetching

    settings.URL_IMPORT_ALLOW_PRIVATE = False
    real_check = fetching.check_url
    seen = []

    def check(url, *, allow_private=None):
        seen.append(url)
        if url.endswith("/start"):
            return real_check(url, allow_private=True)
        return real_check(url, allow_private=allow_private)

    monkeypatch.setattr(fetching, "check_url", check)
    routes = {"/start": (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b"")}
    with serve(routes) as base, pytest.raises(FetchError, match="private, loopback"):
        fetch_article(f"{base}/start")
    assert seen[-1] == "http://169.254.169.254/latest/meta-data/"


def test_redirects_are_followed_when_allowed(settings):
    settings.URL_IMPORT_ALLOW_PRIVATE = True
    routes = {
        "/old": (301, {"Location": "/new"}, b""),
        "/new": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE),
    }
    with serve(routes) as base:
        fetched = fetch_article(f"{base}/old")
    assert fetched.url.endswith("/new") and fetched.is_html


def test_oversized_page_is_refused(settings):
    settings.URL_IMPORT_ALLOW_PRIVATE = True
    big = b"<p>" + b"a" * (2 * 1024 * 1024) + b"</p>"
    routes = {"/big": (200, {"Content-Type": "text/html"}, big)}
    with serve(routes) as base, pytest.raises(FetchError, match="larger than"):
        fetch_article(f"{base}/big")


@pytest.mark.django_db
def test_failed_import_keeps_the_form_filled(editor_client):
    response = post(editor_client, url="ftp://x", language="it")
    assert 'value="it"' in response.content.decode()


@pytest.mark.django_db
def test_many_pages_from_one_site_all_keep_their_text():
    """trafilatura's cross-document deduplication must not empty the fifth copy of a page."""
    from negotiations import importing

    for i in range(8):
        page = PAGE.decode().replace("Le delegazioni", f"Edizione {i}. Le delegazioni")
        outcome = importing.import_article(raw=page, origin="command", enqueue=False)
        assert outcome.created and f"Edizione {i}." in outcome.source.text


def test_urls_are_compared_without_tracking_parameters_or_fragments():
    from negotiations.fetching import normalize_url

    assert (
        normalize_url("HTTPS://Example.ORG:443/news/a?id=7&utm_source=x&fbclid=y#comments")
        == "https://example.org/news/a?id=7"
    )
    assert normalize_url("http://example.org") == "http://example.org/"


@pytest.mark.django_db
def test_same_article_url_with_campaign_tags_is_recognised(editor_client):
    with serve(
        {
            "/a?utm_source=tw": (200, {"Content-Type": "text/html"}, PAGE),
            "/a": (200, {"Content-Type": "text/html"}, PAGE),
        }
    ) as base:
        post(editor_client, url=f"{base}/a")
        response = post(editor_client, url=f"{base}/a?utm_source=tw#top")
    source = Source.objects.get()
    assert response["Location"] == reverse("negotiations:import_review", args=[source.pk])
