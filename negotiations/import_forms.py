"""Forms of the import and review workflow (kept apart from the public pages' forms.py)."""

from __future__ import annotations

from pathlib import Path

from django import forms
from django.conf import settings

from .importing import AcceptChoices, ArticleRejected, decode_article_bytes
from .models import Actor, Concession, DatePrecision, Meeting, Track

UPLOAD_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}


class ImportArticleForm(forms.Form):
    """One article, given one of three ways: pasted text, an uploaded file, or a URL."""

    text = forms.CharField(
        label="Paste the article",
        widget=forms.Textarea(attrs={"rows": 12, "placeholder": "Article text or HTML"}),
        required=False,
        strip=False,
    )
    file = forms.FileField(
        label="…or upload a .txt or .html file",
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.html,.htm,text/plain,text/html"}),
    )
    url = forms.CharField(
        label="…or give its address",
        required=False,
        max_length=2000,
        widget=forms.URLInput(attrs={"placeholder": "https://…"}),
    )
    published = forms.DateField(
        label="Publication date",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Resolves “Tuesday”, “last week”… Taken from the page when left empty.",
    )
    track = forms.ModelChoiceField(
        queryset=Track.objects.filter(is_active=True), required=False, empty_label="(none yet)"
    )
    language = forms.CharField(
        max_length=8, required=False, help_text="ISO code such as “it”; detected when empty."
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return None
        suffix = Path(upload.name).suffix.lower()
        if upload.size > settings.MAX_ARTICLE_BYTES:
            raise forms.ValidationError(
                f"The file is {upload.size / (1024 * 1024):.1f} MB; the limit is "
                f"{settings.MAX_ARTICLE_BYTES / (1024 * 1024):g} MB."
            )
        try:
            self.decoded_text = decode_article_bytes(upload.read())
        except ArticleRejected as error:
            raise forms.ValidationError(str(error)) from None
        if suffix not in UPLOAD_SUFFIXES:
            raise forms.ValidationError("Upload a .txt or .html file.")
        self.content_type = UPLOAD_SUFFIXES[suffix]
        return upload

    def clean(self):
        data = super().clean()
        given = [
            name
            for name in ("text", "file", "url")
            if (data.get(name).strip() if isinstance(data.get(name), str) else data.get(name))
        ]
        if not given and not self.errors:
            raise forms.ValidationError(
                "The article is empty: paste some text, or choose a file or an address."
            )
        if len(given) > 1:
            raise forms.ValidationError("Give the article one way only: text, file or address.")
        data["way"] = given[0] if given else None
        return data


class ActorChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Actor) -> str:
        return obj.name


class AcceptCandidateForm(forms.Form):
    """ "Edit, then accept": prefilled from the candidate; fields apply by kind."""

    publication = forms.ChoiceField(
        choices=[("draft", "Save as draft"), ("published", "Publish now")], initial="draft"
    )
    track = forms.ModelChoiceField(queryset=Track.objects.all())
    title = forms.CharField(max_length=300)
    summary = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    date = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_precision = forms.ChoiceField(choices=DatePrecision.choices)
    actors = ActorChoiceField(queryset=Actor.objects.all(), required=False)
    location = forms.CharField(max_length=200, required=False)
    meeting_format = forms.ChoiceField(choices=Meeting.Format.choices, required=False)
    meeting_status = forms.ChoiceField(choices=Meeting.Status.choices, required=False)
    proposers = ActorChoiceField(queryset=Actor.objects.all(), required=False)
    accepted_by = ActorChoiceField(queryset=Actor.objects.all(), required=False)
    rejected_by = ActorChoiceField(queryset=Actor.objects.all(), required=False)
    terms = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    giver = forms.ModelChoiceField(queryset=Actor.objects.all(), required=False)
    receiver = forms.ModelChoiceField(queryset=Actor.objects.all(), required=False)
    category = forms.ChoiceField(choices=Concession.Category.choices, required=False)
    concession_status = forms.ChoiceField(choices=Concession.Status.choices, required=False)

    def __init__(self, *args, kind: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = kind
        keep = {"publication", "track", "title", "summary", "date", "date_precision", "actors"}
        keep |= {
            "meeting": {"location", "meeting_format", "meeting_status"},
            "proposal": {"proposers", "accepted_by", "rejected_by", "terms"},
            "concession": {"giver", "receiver", "category", "concession_status"},
        }.get(kind, set())
        for name in list(self.fields):
            if name not in keep:
                del self.fields[name]
        if kind == "concession":
            self.fields["giver"].required = True

    def clean(self):
        data = super().clean()
        if data.get("date") is None and data.get("date_precision") not in (
            None,
            DatePrecision.UNKNOWN,
        ):
            data["date_precision"] = DatePrecision.UNKNOWN
        if data.get("date") and data.get("date_precision") == DatePrecision.UNKNOWN:
            self.add_error("date_precision", "Give a precision for the date, or clear the date.")
        if (
            self.kind == "concession"
            and data.get("giver")
            and data.get("giver") == data.get("receiver")
        ):
            self.add_error("receiver", "The receiving party cannot be the giving party.")
        return data

    def choices(self) -> AcceptChoices:
        data = self.cleaned_data
        return AcceptChoices(
            publish=data["publication"] == "published",
            track=data["track"],
            title=data["title"],
            summary=data.get("summary", ""),
            date=data.get("date"),
            date_precision=data.get("date_precision"),
            use_form_date=True,
            location=data.get("location"),
            actors=list(data.get("actors") or []),
            meeting_format=data.get("meeting_format") or None,
            meeting_status=data.get("meeting_status") or None,
            proposers=list(data.get("proposers") or []) if "proposers" in data else None,
            accepted_by=list(data.get("accepted_by") or []) if "accepted_by" in data else None,
            rejected_by=list(data.get("rejected_by") or []) if "rejected_by" in data else None,
            terms=data.get("terms"),
            giver=data.get("giver"),
            receiver=data.get("receiver"),
            category=data.get("category") or None,
            concession_status=data.get("concession_status") or None,
        )


class ResolveNameForm(forms.Form):
    """Who an unknown name is: an alias of an existing actor, or a new actor."""

    name = forms.CharField(max_length=200)
    actor = forms.ModelChoiceField(queryset=Actor.objects.all(), required=False)
    new_name = forms.CharField(max_length=200, required=False)
    new_kind = forms.ChoiceField(choices=[("", "—"), *Actor.Kind.choices], required=False)

    def clean(self):
        data = super().clean()
        if not data.get("actor") and not data.get("new_kind"):
            raise forms.ValidationError("Choose an existing actor, or a kind for a new actor.")
        return data
