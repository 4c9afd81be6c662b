"""Reading a meeting-record/1 file: strict JSON, refused with one clear line per problem.

Python's json module accepts things no record needs and some it cannot survive: duplicate
keys (the last silently wins), nesting deep enough to exhaust the stack, integers of
thousands of digits (refused by int() with a traceback), NaN and Infinity. Each is refused
here before a record is looked at. Huge integers are caught from int()'s own refusal
rather than a `parse_int` hook, which tripled the parse time of an export.
"""

import json
from collections import Counter
from typing import Any

# A record nests five levels at most (list → record → agenda → item → documents).
MAX_DEPTH = 20


class RecordFileRejected(Exception):
    """The file is not JSON a record can come from; `problems` says why, one per line."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class _NotJson(ValueError):
    pass


def _constant(name: str):
    raise _NotJson(f"不接受 {name}，JSON 中没有这个值 (not JSON)")


def records_from_json(data: bytes | str) -> Any:
    """The JSON document in `data` (UTF-8, a BOM allowed); raises RecordFileRejected."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise RecordFileRejected(
                [f"文件不是有效的 UTF-8 编码：第 {error.start + 1} 个字节无法解码 (invalid UTF-8)"]
            ) from None
    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict:
        value = dict(items)
        if len(value) < len(items):  # rare: counted only then
            counts = Counter(key for key, _ in items)
            duplicates.extend(key for key, count in counts.items() if count > 1)
        return value

    try:
        value = json.loads(
            data,
            object_pairs_hook=pairs,
            parse_constant=_constant,
        )
    except json.JSONDecodeError as error:
        raise RecordFileRejected(
            [
                f"JSON 格式错误：第 {error.lineno} 行第 {error.colno} 列：{error.msg} (malformed JSON)"
            ]
        ) from None
    except _NotJson as error:
        raise RecordFileRejected([str(error)]) from None
    except ValueError:
        # int() refuses more than sys.get_int_max_str_digits() digits (4,300): a number no
        # record holds. Shorter ones are refused by the field they are in.
        raise RecordFileRejected(["数字位数过多 (number too long)"]) from None
    except RecursionError:
        raise RecordFileRejected([_too_deep()]) from None
    if duplicates:
        raise RecordFileRejected(
            [f"JSON 对象中键“{key}”重复出现 (duplicate key)" for key in duplicates]
        )
    if _depth_exceeds(value, MAX_DEPTH):
        raise RecordFileRejected([_too_deep()])
    return value


def _too_deep() -> str:
    return f"JSON 嵌套超过 {MAX_DEPTH} 层，不是会议记录 (nested too deeply)"


def _depth_exceeds(value: Any, limit: int) -> bool:
    """Whether arrays and objects nest deeper than `limit`, walked without recursion."""
    level = [value] if isinstance(value, dict | list) else []
    depth = 1
    while level:
        if depth > limit:
            return True
        # One level at a time, containers only: strings and numbers are never visited.
        level = [
            child
            for item in level
            for child in (item.values() if type(item) is dict else item)
            if type(child) in _CONTAINERS
        ]
        depth += 1
    return False


_CONTAINERS = (dict, list)
