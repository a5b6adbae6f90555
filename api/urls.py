from django.urls import path
from drf_spectacular.views import SpectacularAPIView

from api import kern, views

app_name = "api"
urlpatterns = [
    path("v1/inwoners/", views.InwonerList.as_view(), name="inwoner-list"),
    path("v1/hulpvragen/", kern.HulpvraagList.as_view(), name="hulpvraag-list"),
    path("v1/hulpvragen/<int:pk>/", kern.HulpvraagDetail.as_view(), name="hulpvraag-detail"),
    path("v1/hulpvragen/<int:pk>/status/", kern.HulpvraagStatus.as_view(), name="hulpvraag-status"),
    path(
        "v1/hulpvragen/<int:pk>/kandidaten/",
        kern.HulpvraagKandidaten.as_view(),
        name="hulpvraag-kandidaten",
    ),
    path("v1/signalen/", kern.SignaalCreate.as_view(), name="signaal-create"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
]
