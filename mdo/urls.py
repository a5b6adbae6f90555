from django.urls import path

from mdo import views

app_name = "mdo"
urlpatterns = [
    path("mdo/", views.mdo_lijst, name="lijst"),
    path("mdo/<int:pk>/", views.mdo_detail, name="detail"),
    path("mdo/<int:pk>/agenda.pdf", views.mdo_pdf, {"soort": "agenda"}, name="agenda_pdf"),
    path("mdo/<int:pk>/verslag.pdf", views.mdo_pdf, {"soort": "verslag"}, name="verslag_pdf"),
    path("mdo/bespreking/<int:pk>/", views.mdo_bespreking, name="bespreking"),
]
