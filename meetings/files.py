"""Uploaded files (document files, pledge scans): stored names, fingerprints, checks.

Files are reached only through Django's storage API (`default_storage`, or the field's
own storage), never a local path, so the storage can be something other than a disk.
"""

import hashlib
from pathlib import PurePath

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage

from meetings.validators import upload_content_type

# The extension a file is stored under follows its content, never the client's name:
# `polyglot.html` holding a PDF is stored as `polyglot.pdf`.
EXTENSIONS = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}


def stored_name(folder: str, filename: str, content) -> str:
    """Where an upload goes: its name's stem under the extension of its detected type.

    Content that is none of the accepted types (only possible when validation was skipped)
    is stored as `.bin`, which nothing will ever run or render.
    """
    stem = PurePath(filename).stem or "file"
    return f"{folder}/{stem}{EXTENSIONS.get(upload_content_type(content), '.bin')}"


def sha256_of(content) -> str:
    """SHA-256 of a Django File (an upload or a stored file), read in chunks."""
    digest = hashlib.sha256()
    for chunk in content.chunks():
        digest.update(chunk)
    return digest.hexdigest()


def stored_file_problem(name: str, sha256: str, *, storage=default_storage) -> str | None:
    """Why the stored file `name` cannot be taken as the file a record pins, or None."""
    try:
        with storage.open(name, "rb") as handle:
            found = sha256_of(handle)
    except (FileNotFoundError, SuspiciousFileOperation):
        return f"存储中没有文件“{name}” (file missing)"
    except OSError as error:
        return f"无法读取文件“{name}”：{error.strerror or error} (unreadable)"
    if found != sha256:
        return f"文件“{name}”的内容与 SHA-256 不符 (sha256 mismatch)"
    return None
