from django.urls import path

from kern.rapportage import views

app_name = "rapportage"
urlpatterns = [
    path("mdo/", views.mdo_lijst, name="mdo_lijst"),
    path("mdo/<int:pk>/", views.mdo_detail, name="mdo_detail"),
    path("mdo/<int:pk>/agenda.pdf", views.mdo_pdf, {"soort": "agenda"}, name="mdo_agenda_pdf"),
    path("mdo/<int:pk>/verslag.pdf", views.mdo_pdf, {"soort": "verslag"}, name="mdo_verslag_pdf"),
    path("mdo/bespreking/<int:pk>/", views.mdo_bespreking, name="mdo_bespreking"),
    path("activiteiten/", views.activiteiten, name="activiteiten"),
    path("activiteiten/<int:pk>/", views.activiteit, name="activiteit"),
    path("activiteiten/<int:pk>/aanmelden/", views.activiteit_aanmelden, name="aanmelden"),
    path("activiteiten/<int:pk>/ritten/", views.activiteit_ritten, name="ritten"),
    path("activiteiten/<int:pk>/aanwezig/", views.activiteit_aanwezig, name="aanwezig"),
    path("doe-mee/", views.publiek_activiteiten, name="publiek"),
    path("doe-mee/<int:pk>/", views.publiek_aanmelden, name="publiek_aanmelden"),
    path("uren/", views.uren, name="uren"),
    path("financiering/", views.financiering, name="financiering"),
    path("financiering/<int:pk>/", views.subsidie, name="subsidie"),
    path("kwartaaloverzicht/", views.kwartaaloverzicht, name="kwartaal"),
    path("kwartaaloverzicht/export/", views.export_start, name="export_start"),
    path("exports/<uuid:pk>/", views.export_status, name="export"),
    path("exports/<uuid:pk>/download/", views.export_download, name="export_download"),
]
