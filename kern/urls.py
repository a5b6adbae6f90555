from django.urls import path

from kern import views

app_name = "kern"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
]
