from django.dispatch import Signal

# Sent by every write path (services, admin) once the transaction commits, with
# `meeting_ids`: the meetings whose record (or any inline of it) changed or vanished.
# Bulk writes skip model signals, so derived data (the search index) listens here.
meetings_changed = Signal()
