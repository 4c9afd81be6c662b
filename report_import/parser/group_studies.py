"""A study the members did together, told on in the sentence of another step: "全体党员重温了入党
誓词，集中学习了《党章》第七章", "X带领大家重温了…指示精神，集体学习了…讲话精神", "观看了视频课
《…》，共同学习了《…纲要》". The golds file it as a 学习 of its own (S21/12, S30/28, S32/12), not
the words of the step before it; with 并 ("…，并集体学习了") or with no 了 it goes on as before.
"""

import re

# The study told as done, opening its comma part: together (集体, 集中, 共同, 一起), then 学习了.
_TOGETHER = re.compile(r"(?:集体|集中|共同|一起)学习了")


def studied_together(current_kind: str, body: str, kind: str) -> bool:
    """Whether a comma part's 学习, after a step of the class or a led study in its sentence, is
    a study of its own."""
    return kind == "学习" and current_kind in ("学习", "其他") and bool(_TOGETHER.match(body))
