import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from negotiations.models import Actor, Concession, Meeting, Proposal

pytestmark = pytest.mark.django_db

CURATED = [
    "actor",
    "alias",
    "track",
    "meeting",
    "proposal",
    "proposalresponse",
    "concession",
    "source",
    "citation",
    "candidate",
]


@pytest.mark.parametrize("model", CURATED)
def test_editor_sees_every_curated_changelist(editor_client, demo, model):
    response = editor_client.get(reverse(f"admin:negotiations_{model}_changelist"))
    assert response.status_code == 200


@pytest.mark.parametrize("model", ["meeting", "proposal", "concession", "actor"])
def test_editor_opens_add_and_change_forms(editor_client, demo, model):
    assert editor_client.get(reverse(f"admin:negotiations_{model}_add")).status_code == 200
    obj = {"meeting": Meeting, "proposal": Proposal, "concession": Concession, "actor": Actor}[
        model
    ].objects.first()
    response = editor_client.get(reverse(f"admin:negotiations_{model}_change", args=[obj.pk]))
    assert response.status_code == 200
    history = editor_client.get(reverse(f"admin:negotiations_{model}_history", args=[obj.pk]))
    assert history.status_code == 200


def test_changelist_search_and_filters_narrow_the_list(editor_client, demo):
    url = reverse("admin:negotiations_meeting_changelist")
    response = editor_client.get(url, {"q": "Witkoff"})
    assert "Witkoff meets Putin in Moscow" in response.content.decode()
    assert "Oval Office" not in response.content.decode()
    response = editor_client.get(url, {"status__exact": "scheduled"})
    assert "Trump and Putin to speak by phone" in response.content.decode()
    assert "Witkoff meets Putin" not in response.content.decode()


def test_actor_autocomplete_finds_by_alias(editor_client, demo):
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "Selenskyj",
            "app_label": "negotiations",
            "model_name": "meetingparticipant",
            "field_name": "actor",
        },
    )
    assert [r["text"] for r in response.json()["results"]] == ["Volodymyr Zelensky"]


def test_anonymous_user_is_sent_to_login(client, demo):
    response = client.get(reverse("admin:negotiations_meeting_changelist"))
    assert response.status_code == 302 and reverse("admin:login") in response["Location"]


def test_user_who_is_not_staff_gets_nothing_from_admin(client, reader, demo):
    client.force_login(reader)
    response = client.get(reverse("admin:negotiations_meeting_changelist"))
    assert response.status_code == 302
    assert "Meetings" not in client.get(reverse("admin:index"), follow=True).content.decode()


def test_editor_cannot_manage_users_or_groups(editor_client):
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert editor_client.get(reverse("admin:auth_group_changelist")).status_code == 403


def test_editors_group_has_exactly_the_curation_permissions():
    group = Group.objects.get(name="Editors")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert "change_meeting" in codenames and "delete_citation" in codenames
    assert not {c for c in codenames if c.endswith("_user") or c.endswith("_group")}
    assert set(
        Permission.objects.filter(group=group).values_list("content_type__app_label", flat=True)
    ) == {"negotiations"}


def test_bulk_publish_action_publishes_drafts_and_records_who(editor_client, editor, demo):
    draft = Proposal.objects.drafts().get()
    response = editor_client.post(
        reverse("admin:negotiations_proposal_changelist"),
        {"action": "publish_events", "_selected_action": [draft.pk]},
        follow=True,
    )
    assert "Published 1 event(s)." in response.content.decode()
    draft.refresh_from_db()
    assert draft.is_published and draft.published_at is not None
    assert draft.history.first().history_user == editor


def test_bulk_unpublish_action_returns_events_to_draft(editor_client, demo):
    meeting = Meeting.objects.published().first()
    editor_client.post(
        reverse("admin:negotiations_meeting_changelist"),
        {"action": "unpublish_events", "_selected_action": [meeting.pk]},
    )
    meeting.refresh_from_db()
    assert not meeting.is_published


def test_editing_an_event_in_admin_records_history_with_the_editor(editor_client, editor, demo):
    meeting = Meeting.objects.get(title="Witkoff meets Putin in Moscow")
    url = reverse("admin:negotiations_meeting_change", args=[meeting.pk])
    form = editor_client.get(url).context["adminform"].form
    data = {key: value for key, value in form.initial.items() if value is not None}
    data.update(
        {
            "track": meeting.track_id,
            "title": "Witkoff meets Putin in Moscow for hours",
            "date": "2025-03-13",
            "date_precision": "day",
            "format": "in_person",
            "status": "held",
            "publication": "published",
        }
    )
    for prefix, inline_count in [
        ("parties", meeting.parties.count()),
        ("citations", meeting.citations.count()),
    ]:
        data[f"{prefix}-TOTAL_FORMS"] = str(inline_count)
        data[f"{prefix}-INITIAL_FORMS"] = str(inline_count)
    for i, party in enumerate(meeting.parties.all()):
        data.update(
            {
                f"parties-{i}-id": party.pk,
                f"parties-{i}-meeting": meeting.pk,
                f"parties-{i}-actor": party.actor_id,
                f"parties-{i}-role": party.role,
            }
        )
    for i, citation in enumerate(meeting.citations.all()):
        data.update(
            {
                f"citations-{i}-id": citation.pk,
                f"citations-{i}-meeting": meeting.pk,
                f"citations-{i}-source": citation.source_id,
                f"citations-{i}-quote": citation.quote,
            }
        )
    response = editor_client.post(url, data)
    assert response.status_code == 302, (
        response.context["adminform"].form.errors if response.context else ""
    )
    meeting.refresh_from_db()
    latest = meeting.history.first()
    assert latest.title.endswith("for hours") and latest.history_user == editor
