from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from tenants.selectors import initiatieven, lidmaatschappen_of


def home(request):
    """The shared layer's front page: what Noaber is and where to go."""
    return render(request, "home.html", {"initiatieven": initiatieven()})


@login_required
def mijn_organisaties(request):
    """Switch between the foundations a person belongs to."""
    return render(
        request, "mijn_organisaties.html", {"lidmaatschappen": lidmaatschappen_of(request.user)}
    )


def forbidden(request, exception=None):
    return render(request, "403.html", status=403)


def not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)
