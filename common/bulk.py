"""Fast inserts of many new rows, with their simple-history rows.

Django's bulk_create compiles every value of every row into one SQL string; for the
tens of thousands of child rows of a large import that compilation dominates. On
PostgreSQL we reserve the primary keys from the table's sequence and stream the rows
with COPY instead, and the server copies them into their history table; elsewhere
bulk_create is fast enough for the embedded database.
"""

from django.db import connection, models
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from simple_history.utils import bulk_create_with_history


def rows_insert_with_history(model, objs, *, user=None) -> list[models.Model]:
    """Insert unsaved instances, each with one "created" history row as simple-history
    would write it; every instance has its primary key afterwards (on PostgreSQL, instances
    that all have one, reserved with `primary_keys_reserve`, keep theirs)."""
    if not objs:
        return objs
    if connection.vendor != "postgresql":
        return bulk_create_with_history(objs, model, batch_size=1000, default_user=user)
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    # pre_save fills auto_now(_add) timestamps; other attributes are plain Python values
    # that psycopg adapts itself.
    stamped = [
        f for f in fields if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
    ]
    for obj in objs:
        for field in stamped:
            field.pre_save(obj, add=True)
    ids = values_insert_with_history(
        model,
        [f.attname for f in fields],
        [[_plain(getattr(obj, f.attname)) for f in fields] for obj in objs],
        user=user,
        ids=[obj.pk for obj in objs] if all(obj.pk is not None for obj in objs) else None,
    )
    for obj, pk in zip(objs, ids, strict=True):
        obj.pk = pk
        obj._state.adding = False
    return objs


def values_insert_with_history(
    model, fields: list[str], rows: list, *, user=None, ids: list[int] | None = None
) -> list[int]:
    """Insert new rows given as value sequences, one value per attribute name in `fields`
    (every concrete field but the primary key, foreign keys as `<name>_id`), each with one
    "created" history row; returns the new primary keys in order (`ids`, if given: keys
    reserved with `primary_keys_reserve`).

    For callers with no use for model instances: building tens of thousands of them cost
    more than writing the rows.
    """
    if not rows:
        return []
    if connection.vendor != "postgresql":
        objs = [model(**dict(zip(fields, row, strict=True))) for row in rows]
        bulk_create_with_history(objs, model, batch_size=1000, default_user=user)
        return [obj.pk for obj in objs]
    pk = model._meta.pk
    ids = ids or _reserved_primary_keys(model, len(rows))
    columns = [pk, *(model._meta.get_field(name) for name in fields)]
    copy_rows(model, columns, ((row_id, *row) for row_id, row in zip(ids, rows, strict=True)))
    _history_insert(model, ids, user=user)
    return ids


# The sequence is looked up once, in a subquery kept apart by OFFSET 0: written inside
# nextval(), pg_get_serial_sequence ran once per id (its arguments are parameters, so the
# planner cannot fold it), and 20,000 ids took 155 ms instead of 9 (docs/bench.md).
RESERVE_IDS_SQL = (
    "SELECT nextval(s.sequence) FROM"
    " (SELECT pg_get_serial_sequence(%s, %s)::regclass AS sequence OFFSET 0) AS s,"
    " generate_series(1, %s)"
)


def _history_insert(model, ids: list[int], *, user) -> None:
    """One "created" history row for each of the rows just inserted with these ids, copied
    by the server from the rows themselves (as simple-history writes them: the row's values,
    when, by whom, "+"). Sent again from here, they cost as much Python as the rows, in the
    thread that writes an import's batches while the server waits (docs/bench.md)."""
    history_model = model.history.model
    special = {
        "history_date": timezone.now(),
        "history_user_id": user.pk if user is not None else None,
        "history_change_reason": None,
        "history_type": "+",
    }
    columns = {field.attname: field.column for field in model._meta.concrete_fields}
    quote = connection.ops.quote_name
    history_fields = [f for f in history_model._meta.concrete_fields if not f.primary_key]
    values, params = [], []
    for field in history_fields:
        if field.attname in special:
            values.append("%s")
            params.append(special[field.attname])
        else:
            values.append("t." + quote(columns[field.attname]))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {quote(history_model._meta.db_table)}"
            f" ({', '.join(quote(f.column) for f in history_fields)})"
            f" SELECT {', '.join(values)} FROM {quote(model._meta.db_table)} AS t"
            f" WHERE t.{quote(model._meta.pk.column)} = ANY(%s)",
            [*params, ids],
        )


def primary_keys_reserve(model, count: int) -> list[int] | None:
    """`count` new primary keys for rows inserted later (PostgreSQL: from the table's
    sequence); None elsewhere, where inserting gives them."""
    if connection.vendor != "postgresql":
        return None
    return _reserved_primary_keys(model, count)


def _reserved_primary_keys(model, count: int) -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(RESERVE_IDS_SQL, [model._meta.db_table, model._meta.pk.column, count])
        return [pk for (pk,) in cursor.fetchall()]


def copy_rows(model, fields, rows) -> None:
    """Stream value sequences (in `fields` order, plain values: a file by its name) into
    the model's table with COPY (PostgreSQL)."""
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _plain(value):
    # Files (and history's copies of them) are stored by name.
    return (value.name or "") if isinstance(value, FieldFile) else value
