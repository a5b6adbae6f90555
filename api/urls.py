from django.urls import path
from drf_spectacular.views import SpectacularAPIView

from api import views

app_name = "api"
urlpatterns = [
    path("v1/inwoners/", views.InwonerList.as_view(), name="inwoner-list"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
]
