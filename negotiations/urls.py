from django.contrib import admin
from django.urls import include, path

from .views import actors, core, dashboard, entries, exports, imports, timeline

public_urls = [
    path("", dashboard.dashboard, name="dashboard"),
    path("tracks/<slug:slug>/", timeline.track, name="track"),
    path("tracks/<slug:slug>/entries.csv", exports.track_csv, name="track_csv"),
    path("tracks/<slug:slug>/entries.json", exports.track_json, name="track_json"),
    path("tracks/<slug:slug>/timelinejs.json", exports.track_timelinejs, name="track_timelinejs"),
    path("tracks/<slug:slug>/feed.atom", exports.track_atom, name="track_atom"),
    path("tracks/<slug:slug>/meetings.ics", exports.track_ics, name="track_ics"),
    path("entries/<int:pk>/", entries.entry, name="entry"),
    path("actors/<slug:slug>/", actors.actor, name="actor"),
    # Import and review (staff only).
    path("import/", imports.import_article, name="import"),
    path("import/sources/<int:pk>/", imports.review, name="import_review"),
    path("import/sources/<int:pk>/extract/", imports.rerun_extraction, name="import_extract"),
    path("import/sources/<int:pk>/accept/", imports.bulk_accept, name="import_bulk_accept"),
    path("import/candidates/<int:pk>/decide/", imports.decide, name="candidate_decide"),
    path("import/candidates/<int:pk>/edit/", imports.edit_candidate, name="candidate_edit"),
    path(
        "import/candidates/<int:pk>/merge/<str:kind>/<int:event_pk>/",
        imports.merge,
        name="candidate_merge",
    ),
    path("import/candidates/<int:pk>/names/", imports.resolve_name, name="candidate_name"),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", core.healthz, name="healthz"),
    path("", include((public_urls, "negotiations"))),
]
