"""Table writes for the synthetic archive: explicit ids, COPY on PostgreSQL, no model save().

Rows get explicit primary keys (taken after the current maximum), so children need no round
trip to learn their parents' ids; afterwards the sequences are moved past the new rows.
"""

from collections.abc import Callable

from django.core.management.color import no_style
from django.db import connection, models
from django.db.models import Max

from common.bulk import copy_rows


class TableWriter:
    """Writes rows (tuples in `fields` order) with explicit ids: COPY on PostgreSQL."""

    def __init__(self, model: type[models.Model], fields: list[str]):
        self.model = model
        self.fields = fields
        self.next_id = (model.objects.aggregate(top=Max("pk"))["top"] or 0) + 1
        self.written = 0

    def take_id(self) -> int:
        pk = self.next_id
        self.next_id += 1
        return pk

    def write(self, rows: list[tuple]) -> None:
        if not rows:
            return
        self.written += len(rows)
        fields = [self.model._meta.get_field(name) for name in self.fields]
        if connection.vendor == "postgresql":
            copy_rows(self.model, fields, rows)
            return
        table = connection.ops.quote_name(self.model._meta.db_table)
        columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
        with connection.cursor() as cursor:
            # Elsewhere a plain executemany: bulk_create would compile SQL per batch, and
            # only date and time columns need the backend's own conversion.
            adapters = [(index, _adapter(f)) for index, f in enumerate(fields) if _adapter(f)]
            if adapters:
                rows = [list(row) for row in rows]
                for row in rows:
                    for index, adapt in adapters:
                        row[index] = adapt(row[index])
            marks = ", ".join(["%s"] * len(fields))
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)


def _adapter(model_field) -> Callable | None:
    if isinstance(model_field, models.DateTimeField):
        return connection.ops.adapt_datetimefield_value
    if isinstance(model_field, models.DateField):
        return connection.ops.adapt_datefield_value
    return None


def reset_sequences(written: list[type[models.Model]]) -> None:
    """Explicit ids leave PostgreSQL's sequences behind; move them past the new rows."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), written):
            cursor.execute(sql)
