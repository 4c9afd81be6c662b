"""Thoughts shared told with the bare verb: "参观结束后，支部成员结合工作实际交流体会和心得",
"党员们交流感悟", "两校党员代表结合工作实际分享体会".

The 交流 row of `patterns.TRIGGERS` reads an exchange told with a verb before it (作/进行/开展…交流)
or with 了 (交流了); the members' exchange after a film, a visit or a study is often told with the
bare verb and what they share (心得, 体会, 感悟, 感受). The settled table files it `交流`, one item for
the crowd's round, one for each person named.
"""

import re

# Not after 作/做/进行/开展/了, which the 交流 row reads already (its own item, its own text).
SHARED_THOUGHTS = re.compile(
    r"(?<![作做行展了])(?:交流|分享)(?:了)?(?:各自的|自己的|个人的?|彼此的)?"
    r"(?:学习|观影|参观|观看)?(?:心得体会|体会和心得|心得和体会|心得|体会|感悟|感受)"
)
THOUGHTS_TRIGGERS = [("交流", SHARED_THOUGHTS)]
