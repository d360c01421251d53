import datetime

import pytest

from negotiations import timeline
from negotiations.models import Actor, Meeting, TimelineEntry, Track

pytestmark = pytest.mark.django_db


def test_search_finds_spelling_variants_but_not_metonyms_of_an_actor():
    track = Track.objects.create(name="Freedonia talks")
    freedonia = Actor.objects.create(name="Freedonia", kind="state")
    freedonia.add_alias("Freedonie", language="fr", kind="variant")
    freedonia.add_alias("Fredville", language="en", kind="metonym")
    freedonia.add_alias("freedonian", language="en", kind="demonym")
    meeting = Meeting.objects.create(
        track=track, title="Border talks", date=datetime.date(2025, 3, 3)
    )
    meeting.parties.create(actor=freedonia)
    meeting.publish()
    timeline.rebuild_track(track_id=track.pk)
    entries = TimelineEntry.objects.filter(track=track)
    assert entries.search("Freedonie").count() == 1
    assert entries.search("Fredville").count() == 0
    assert entries.search("freedonian").count() == 0
