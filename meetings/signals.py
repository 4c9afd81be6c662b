from django.dispatch import Signal

# Both are sent by every write path (services, admin) through
# `meetings.services.notify_meetings_changed`, with `meeting_ids`: the meetings whose record
# (or any inline of it) changed or vanished. Bulk writes skip model signals, so derived
# data listens here.
#
# `meetings_written` is sent inside the writing transaction: the search index listens, so
# a record and its index entry commit together (or not at all), whichever process dies.
# An import sends it once per batch it writes (from the thread writing it, on the same
# connection), with `documents`, the search documents it built from the batch's rows, so
# that the index need not read them back, and `more`, whether further batches follow;
# other writers send `documents=None` and no `more`.
meetings_written = Signal()
# `meetings_changed` is sent once the transaction commits: caches listen.
meetings_changed = Signal()
