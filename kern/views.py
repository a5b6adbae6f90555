from django.shortcuts import render

from kern.selectors import dashboard_for


def dashboard(request):
    return render(
        request,
        "kern/dashboard.html",
        {"dashboard": dashboard_for(lidmaatschap=request.lidmaatschap)},
    )
