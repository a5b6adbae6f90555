from django.urls import path

from rapportage import views

app_name = "rapportage"
urlpatterns = [
    path("financiering/", views.financiering, name="financiering"),
    path("financiering/<int:pk>/", views.subsidie, name="subsidie"),
    path("kwartaaloverzicht/", views.kwartaaloverzicht, name="kwartaal"),
    path("kwartaaloverzicht/export/", views.export_start, name="export_start"),
    path("exports/<uuid:pk>/", views.export_status, name="export"),
    path("exports/<uuid:pk>/download/", views.export_download, name="export_download"),
]
