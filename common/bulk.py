"""Fast inserts of many new rows, with their simple-history rows.

Django's bulk_create compiles every value of every row into one SQL string; for the
tens of thousands of child rows of a large import that compilation dominates. On
PostgreSQL we reserve the primary keys from the table's sequence and stream the rows
with COPY instead; elsewhere bulk_create is fast enough for the embedded database.
"""

from django.db import connection, models
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from simple_history.utils import bulk_create_with_history


def rows_insert(model: type[models.Model], objs: list[models.Model]) -> list[models.Model]:
    """Insert unsaved instances; every instance has its primary key afterwards."""
    if not objs:
        return objs
    if connection.vendor != "postgresql":
        return model.objects.bulk_create(objs, batch_size=1000)
    _reserve_primary_keys(model, objs)
    _copy(model, objs, model._meta.concrete_fields)
    return objs


def rows_insert_with_history(model, objs, *, user=None) -> list[models.Model]:
    """rows_insert plus one "created" history row each, as simple-history would write."""
    if not objs:
        return objs
    if connection.vendor != "postgresql":
        return bulk_create_with_history(objs, model, batch_size=1000, default_user=user)
    rows_insert(model, objs)
    # History rows go out as plain value lists: building a model instance for each
    # would cost more than the insert itself.
    history_model = model.history.model
    special = {
        "history_date": timezone.now(),
        "history_user_id": user.pk if user is not None else None,
        "history_change_reason": None,
        "history_type": "+",
    }
    fields = [f for f in history_model._meta.concrete_fields if not f.primary_key]
    rows = (
        [special[f.attname] if f.attname in special else getattr(obj, f.attname) for f in fields]
        for obj in objs
    )
    copy_rows(history_model, fields, rows)
    return objs


def _reserve_primary_keys(model, objs) -> None:
    table = model._meta.db_table
    column = model._meta.pk.column
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [table, column, len(objs)],
        )
        for obj, (pk,) in zip(objs, cursor.fetchall(), strict=True):
            obj.pk = pk
            obj._state.adding = False


def _copy(model, objs, fields) -> None:
    # pre_save fills auto_now(_add) timestamps; other attributes are plain Python values
    # that psycopg adapts itself.
    stamped = [
        f for f in fields if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
    ]
    for obj in objs:
        for field in stamped:
            field.pre_save(obj, add=True)
    copy_rows(model, fields, ([getattr(obj, f.attname) for f in fields] for obj in objs))


def copy_rows(model, fields, rows) -> None:
    """Stream value lists (in `fields` order) into the model's table with COPY (PostgreSQL)."""
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([_plain(value) for value in row])


def _plain(value):
    # Files (and history's copies of them) are stored by name.
    return (value.name or "") if isinstance(value, FieldFile) else value
