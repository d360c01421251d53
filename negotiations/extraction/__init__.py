"""Django-free extraction engine: article text or HTML in, negotiation events out.

Pipeline: clean → language → sentences → actors → dates → events → linking.
"""

from .clean import html_to_text
from .files import Article, ArticleError, read_article
from .gazetteer import Gazetteer, GazetteerActor, GazetteerAlias, Office
from .pipeline import ExtractedEvent, ExtractionResult, extract

__all__ = [
    "Article",
    "ArticleError",
    "ExtractedEvent",
    "ExtractionResult",
    "Gazetteer",
    "GazetteerActor",
    "GazetteerAlias",
    "Office",
    "extract",
    "html_to_text",
    "read_article",
]
