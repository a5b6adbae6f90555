from django.urls import path

from activiteiten import views

app_name = "activiteiten"
urlpatterns = [
    path("activiteiten/", views.activiteiten, name="lijst"),
    path("activiteiten/<int:pk>/", views.activiteit, name="detail"),
    path("activiteiten/<int:pk>/aanmelden/", views.activiteit_aanmelden, name="aanmelden"),
    path("activiteiten/<int:pk>/ritten/", views.activiteit_ritten, name="ritten"),
    path("activiteiten/<int:pk>/aanwezig/", views.activiteit_aanwezig, name="aanwezig"),
    path("doe-mee/", views.publiek_activiteiten, name="publiek"),
    path("doe-mee/<int:pk>/", views.publiek_aanmelden, name="publiek_aanmelden"),
]
