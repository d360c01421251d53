from django.db import migrations


def load(apps, schema_editor):
    """Ship general world knowledge (states, seats of power, organisations, office holders)
    as editable rows. Additive: actors editors already have keep their changes."""
    from negotiations.reference import load_reference_actors

    load_reference_actors(get_model=apps.get_model)


class Migration(migrations.Migration):
    dependencies = [("negotiations", "0006_timeline_entry_fingerprint")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
