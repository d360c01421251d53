from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations


class Migration(migrations.Migration):
    """pg_trgm for fuzzy name suggestions; unaccent for accent-insensitive search."""

    initial = True
    dependencies = []
    operations = [TrigramExtension(), UnaccentExtension()]
