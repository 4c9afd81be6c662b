"""Text no reporter writes, at the length the review form accepts: the parser must finish.

Run in a child process with a time limit far above a normal parse (about a second each), so
that only a pattern whose cost grows with the square of the text fails: a run of digits
took 80 s at 100,000 characters while a search retried every suffix of it.
"""

import os
import subprocess
import sys
from pathlib import Path

from report_import.forms import MAX_REPORT_CHARS

SCRIPT = """
import sys
import time
import django
django.setup()
from report_import.parser import parse_report
n = int(sys.argv[1])
PER_TEXT_SECONDS = float(sys.argv[2])
texts = ("2020" * (n // 4), "在" * (n - 1) + "室", "二" * n, "选举产生" + "、张三丰" * (n // 4))
# one sentence of 16,000 steps: each an item whose trace once copied the whole sentence
texts += ("随后，全体党员参观学习，" * (n // 12),)
# one sentence of points after semicolons, each the members' talk; a run of titles watched
texts += ("张伟强调，" + "与会党员进行积极的讨论；" * (n // 12), "观看了" + "《红色足迹》" * (n // 6))
# one sentence of words addressed to the members, each read as a speech, and one of demands
texts += ("会议由张伟主持。" + "张伟向全体党员表示了诚挚的祝福，" * (n // 17),)
texts += ("会议由张伟主持。" + "张伟要求各支部结合实际，" * (n // 13),)
# a titled reader with adverbs before the verb, a title list that never reaches a name, a
# report given for the committee and a term summed up, each repeated through one sentence
texts += (
    "会议由张伟主持。" + "党委委员、宣传部部长张伟原原本本领学了公报，" * (n // 22),
    "党委委员" + "、宣传部部长集中" * (n // 8),
    "会议由张伟主持。" + "张伟代表支部报告工作，" * (n // 11),
    "会议由张伟主持。" + "张伟对上届支部委员会工作进行总结，" * (n // 17),
)
# an exchange opened, then one sentence of a member's views, each read as a turn of it
texts += ("随后，与会党员进行了交流。" + "张伟表示，要学以致用；" * (n // 11),)
for text in texts:
    started = time.perf_counter()
    record = parse_report(text)
    seconds = time.perf_counter() - started
    assert record["format"].startswith("meeting-record/"), record
    assert seconds < PER_TEXT_SECONDS, f"{text[:12]}…: {seconds:.0f} s"
print("ok")
"""


# Each text takes 0.5-3 s on the loaded two-core machine; an unbounded pattern that rescanned a
# clause once per 、 in it took 65 s on one text while all of them stayed under the child's
# overall limit, so each text has a limit of its own as well.
PER_TEXT_SECONDS = 20


def test_the_longest_report_the_form_accepts_is_parsed_in_bounded_time_whatever_it_repeats(
    tmp_path,
):
    env = {**os.environ, "VAR_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "config.settings"}
    env.pop("DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(MAX_REPORT_CHARS), str(PER_TEXT_SECONDS)],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
