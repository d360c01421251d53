from django.contrib import admin
from django.urls import include, path

from .views import core

public_urls = [
    path("", core.dashboard, name="dashboard"),
    path("tracks/<slug:slug>/", core.track, name="track"),
    path("actors/<slug:slug>/", core.actor, name="actor"),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", core.healthz, name="healthz"),
    path("", include((public_urls, "negotiations"))),
]
