from django.db import migrations


class Migration(migrations.Migration):
    """A language-neutral, accent-insensitive text search configuration for the timeline.

    `simple` does no stemming and has no stop words, so Italian, German and English words all
    match as written; the `unaccent` filter dictionary (extension from 0001) runs first, so
    "città" matches "citta" and "Selenskyj" matches however it is accented. Queries must use
    the same configuration: `SearchQuery(text, config=timeline.SEARCH_CONFIG)`.
    """

    dependencies = [("negotiations", "0004_timeline_read_model")]

    operations = [
        migrations.RunSQL(
            sql=[
                "CREATE TEXT SEARCH CONFIGURATION timeline_text (COPY = simple)",
                "ALTER TEXT SEARCH CONFIGURATION timeline_text "
                "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple",
            ],
            reverse_sql=["DROP TEXT SEARCH CONFIGURATION IF EXISTS timeline_text"],
        ),
    ]
