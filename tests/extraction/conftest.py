import datetime as dt

import pytest

from negotiations.extraction import Gazetteer, GazetteerActor, GazetteerAlias, Office


def alias(text, language=None, kind="name"):
    return GazetteerAlias(text, language, kind)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """A small gazetteer written for the tests, independent of the shipped reference data."""
    return build_test_gazetteer()


def build_test_gazetteer() -> Gazetteer:
    return Gazetteer(
        [
            GazetteerActor(
                "Russia",
                "state",
                [
                    alias("Russland", "de"),
                    alias("Russie", "fr"),
                    alias("Rusia", "es"),
                    alias("Россия", "ru"),
                    alias("Kremlin", "en", "metonym"),
                    alias("Cremlino", "it", "metonym"),
                    alias("Kreml", "de", "metonym"),
                    alias("Moscow", "en", "metonym"),
                    alias("Mosca", "it", "metonym"),
                    alias("Russian", "en", "demonym"),
                    alias("russo", "it", "demonym"),
                    alias("russisch", "de", "demonym"),
                ],
            ),
            GazetteerActor(
                "Ukraine",
                "state",
                [
                    alias("Ucraina", "it"),
                    alias("Ucrania", "es"),
                    alias("Kyiv", "en", "metonym"),
                    alias("Ukrainian", "en", "demonym"),
                    alias("ucraino", "it", "demonym"),
                    alias("ukrainisch", "de", "demonym"),
                ],
            ),
            GazetteerActor(
                "United States",
                "state",
                [
                    alias("Stati Uniti", "it"),
                    alias("États-Unis", "fr"),
                    alias("US", "en", "acronym"),
                    alias("USA", "de", "acronym"),
                    alias("White House", "en", "metonym"),
                    alias("Casa Bianca", "it", "metonym"),
                    alias("Weißes Haus", "de", "metonym"),
                    alias("American", "en", "demonym"),
                    alias("américain", "fr", "demonym"),
                    alias("americano", "it", "demonym"),
                ],
                actor_id=7,
            ),
            GazetteerActor(
                "Vladimir Putin",
                "person",
                [
                    alias("Putin", None, "surname"),
                    alias("Wladimir Putin", "de", "variant"),
                    alias("Владимир Путин", "ru", "variant"),
                ],
                affiliation="Russia",
                offices=[Office("President of Russia", dt.date(2012, 5, 7), None)],
            ),
            GazetteerActor(
                "Volodymyr Zelensky",
                "person",
                [alias("Zelensky", None, "surname")],
                affiliation="Ukraine",
                offices=[Office("President of Ukraine", dt.date(2019, 5, 20), None)],
            ),
            GazetteerActor(
                "Donald Trump",
                "person",
                [alias("Trump", None, "surname")],
                affiliation="United States",
                offices=[Office("President of the United States", dt.date(2025, 1, 20), None)],
            ),
            GazetteerActor(
                "Joe Biden",
                "person",
                [alias("Biden", None, "surname")],
                affiliation="United States",
                offices=[
                    Office(
                        "President of the United States", dt.date(2021, 1, 20), dt.date(2025, 1, 20)
                    )
                ],
            ),
            GazetteerActor(
                "Sergei Lavrov",
                "person",
                [alias("Lavrov", None, "surname")],
                affiliation="Russia",
                offices=[Office("Foreign Minister of Russia", dt.date(2004, 3, 9), None)],
            ),
            GazetteerActor(
                "Vladimir Medinsky",
                "person",
                [alias("Medinsky", None, "surname")],
                affiliation="Russia",
            ),
        ]
    )
