"""kern's API: the same services and policy as the pages, answers in problem JSON on error.

One APIView per operation with its own input and output serializers.
"""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import BasePermission
from rest_framework.response import Response
from rest_framework.views import APIView

from api.permissions import IsTenantMember
from kern import policy, selectors, services
from kern.matching import kandidaten
from kern.models import Categorie, Hulpvraag, Signaal
from kern.models.vrijwilligers import DAGDELEN
from kern.policy import Recht


def heeft_recht(recht: Recht) -> type[BasePermission]:
    """DRF permission backed by kern.policy (the one place roles are decided)."""

    class HeeftRecht(IsTenantMember):
        message = str(policy.GEEN_TOEGANG)

        def has_permission(self, request, view):
            return super().has_permission(request, view) and policy.mag(request.lidmaatschap, recht)

    HeeftRecht.__name__ = f"HeeftRecht_{recht.name}"
    return HeeftRecht


class HulpvraagOutput(serializers.ModelSerializer):
    inwoner_naam = serializers.SerializerMethodField()
    categorie = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Hulpvraag
        fields = [
            "id",
            "status",
            "inwoner",
            "inwoner_naam",
            "aanvrager",
            "kanaal",
            "categorie",
            "omschrijving",
            "terugkerend",
            "urgentie",
            "geschatte_uren",
            "professionele_zorg",
            "buiten_grenzen",
            "verwijsadvies",
            "bron",
            "aangemaakt_op",
        ]

    def get_inwoner_naam(self, obj) -> str | None:
        return str(obj.inwoner) if obj.inwoner_id else None


class HulpvraagInput(serializers.ModelSerializer):
    """The model's own fields and rules (lengths, choices, hours 0.1-24, day parts)."""

    inwoner = serializers.IntegerField(required=False, allow_null=True)
    categorie = serializers.SlugRelatedField(
        slug_field="slug", queryset=Categorie.objects.all(), required=False, allow_null=True
    )
    dagdelen = serializers.ListField(
        child=serializers.ChoiceField(DAGDELEN), required=False, max_length=len(DAGDELEN)
    )

    class Meta:
        model = Hulpvraag
        fields = [
            "inwoner",
            "aanvrager",
            "aanvrager_naam",
            "kanaal",
            "categorie",
            "omschrijving",
            "terugkerend",
            "urgentie",
            "geschatte_uren",
            "professionele_zorg",
            "dagdelen",
        ]


class StatusInput(serializers.Serializer):
    naar = serializers.ChoiceField(Hulpvraag.Status.choices)
    toelichting = serializers.CharField(required=False, allow_blank=True)


class RedenOutput(serializers.Serializer):
    soort = serializers.CharField()
    tekst = serializers.CharField()
    positief = serializers.BooleanField()


class KandidaatOutput(serializers.Serializer):
    vrijwilliger = serializers.IntegerField(source="vrijwilliger.pk")
    naam = serializers.CharField(source="vrijwilliger.__str__")
    score = serializers.IntegerField()
    geschikt = serializers.BooleanField()
    redenen = RedenOutput(many=True)


class SignaalInput(serializers.ModelSerializer):
    inwoner = serializers.IntegerField()

    class Meta:
        model = Signaal
        fields = ["inwoner", "omschrijving"]


class SignaalOutput(serializers.Serializer):
    id = serializers.IntegerField()
    status = serializers.CharField()
    gemeld_op = serializers.DateTimeField()


class HulpvraagList(APIView):
    """Help requests of this foundation; a coordinator may record a new one."""

    def get_permissions(self):
        recht = Recht.DOSSIERS_SCHRIJVEN if self.request.method == "POST" else Recht.DOSSIERS_LEZEN
        return [heeft_recht(recht)()]

    @extend_schema(responses=HulpvraagOutput(many=True))
    def get(self, request):
        status_filter = request.query_params.get("status")
        if status_filter not in Hulpvraag.Status.values:
            status_filter = None
        rows, totaal = selectors.hulpvragen_list(status=status_filter)
        return Response({"count": totaal, "results": HulpvraagOutput(rows, many=True).data})

    @extend_schema(request=HulpvraagInput, responses={201: HulpvraagOutput})
    def post(self, request):
        data = HulpvraagInput(data=request.data)
        data.is_valid(raise_exception=True)
        velden = dict(data.validated_data)
        if velden.get("inwoner") is not None:
            velden["inwoner"] = policy.access_inwoner(
                request.lidmaatschap, request.user, velden["inwoner"]
            )
        hv = services.hulpvraag_create(door=request.user, **velden)
        return Response(HulpvraagOutput(hv).data, status=status.HTTP_201_CREATED)


class HulpvraagDetail(APIView):
    permission_classes = [heeft_recht(Recht.DOSSIERS_LEZEN)]

    @extend_schema(responses=HulpvraagOutput)
    def get(self, request, pk: int):
        hv = policy.access_hulpvraag(request.lidmaatschap, request.user, pk)
        return Response(HulpvraagOutput(hv).data)


class HulpvraagStatus(APIView):
    """Move a request along its status flow (logged with who and when)."""

    permission_classes = [heeft_recht(Recht.DOSSIERS_SCHRIJVEN)]

    @extend_schema(request=StatusInput, responses=HulpvraagOutput)
    def post(self, request, pk: int):
        hv = policy.access_hulpvraag(request.lidmaatschap, request.user, pk, schrijven=True)
        data = StatusInput(data=request.data)
        data.is_valid(raise_exception=True)
        hv = services.hulpvraag_transition(hulpvraag=hv, door=request.user, **data.validated_data)
        return Response(HulpvraagOutput(hv).data)


class HulpvraagKandidaten(APIView):
    """Volunteers for this request, best first, with the reasons."""

    permission_classes = [heeft_recht(Recht.DOSSIERS_SCHRIJVEN)]

    @extend_schema(responses=KandidaatOutput(many=True))
    def get(self, request, pk: int):
        hv = policy.access_hulpvraag(request.lidmaatschap, request.user, pk, schrijven=True)
        return Response(KandidaatOutput(kandidaten(hv), many=True).data)


class SignaalCreate(APIView):
    """A volunteer (or the coordinator) reports a worry about a resident."""

    permission_classes = [heeft_recht(Recht.SIGNAAL_MELDEN)]

    @extend_schema(request=SignaalInput, responses={201: SignaalOutput})
    def post(self, request):
        data = SignaalInput(data=request.data)
        data.is_valid(raise_exception=True)
        inwoner = policy.inwoner_meldbaar(
            request.lidmaatschap, request.user, data.validated_data["inwoner"]
        )
        signaal = services.signaal_report(
            inwoner=inwoner, omschrijving=data.validated_data["omschrijving"], door=request.user
        )
        return Response(SignaalOutput(signaal).data, status=status.HTTP_201_CREATED)
