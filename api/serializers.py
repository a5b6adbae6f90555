from rest_framework import serializers

from kern.models import Inwoner


class InwonerOutput(serializers.ModelSerializer):
    class Meta:
        model = Inwoner
        fields = ["id", "voornaam", "achternaam", "straat", "dorp", "telefoon"]
