"""migrate_schemas that also keeps the template schema in step.

New tenants are cloned from ``settings.TENANT_BASE_SCHEMA``; a template that
lags behind the migrations would clone an outdated schema. So every full
tenant migration also creates (if needed) and migrates the template.
"""

from django.conf import settings
from django.db import connection
from django_tenants.management.commands.migrate_schemas import MigrateSchemasCommand
from django_tenants.migration_executors import get_executor
from django_tenants.utils import get_public_schema_name


class Command(MigrateSchemasCommand):
    def handle(self, *args, **options):
        super().handle(*args, **options)
        template = settings.TENANT_BASE_SCHEMA
        all_tenants = not self.schema_name or self.schema_name == get_public_schema_name()
        if self.sync_tenant and all_tenants:
            connection.set_schema_to_public()
            with connection.cursor() as cursor:
                cursor.execute(f'CREATE SCHEMA IF NOT EXISTS "{template}"')
            executor = get_executor(codename=self.executor)(self.args, self.options)
            executor.run_migrations(tenants=[template])
