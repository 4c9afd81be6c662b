"""A realistic synthetic archive for benchmarks and load tests.

`archive_generate(meetings=N, seed=S)` builds an organisation tree (the school 党委, ~30
二级党委/党总支, ~400 党支部, 党小组 under some branches), ~8,000 people with positions
over ten years, N meetings with attendees, agenda items, documents and pledges, one "big"
meeting and the seed meeting. Everything comes from `random.Random(seed)` and dates fixed
in code, so one seed always gives the same archive.

Speed: rows get explicit primary keys (taken after the current maximum), so children need
no round trip to learn their parents' ids. On PostgreSQL every table is written with COPY;
elsewhere with bulk_create. Model `save()`, signals and django-simple-history are skipped
on purpose: synthetic rows need no audit trail, and the search index is rebuilt once
afterwards (`rebuild_search_index`) instead of per meeting.
"""

import datetime
import json
import random
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.db.models import Max

from common.bulk import copy_rows
from common.text import fold
from meetings.models import (
    THREE_MEETINGS_ONE_LECTURE,
    TITLE_SEPARATOR,
    AgendaItem,
    AgendaKind,
    Attendance,
    AttendanceRole,
    AttendeeGroup,
    Document,
    Meeting,
    MeetingChair,
    MeetingKind,
    MeetingStatus,
    MeetingVisibility,
    Pledge,
    PledgeParty,
)
from orgs.models import PATH_STEP, Organisation, OrganisationKind, Person, Position

SEED_RECORD_PATH = Path(__file__).resolve().parent / "data" / "seed-meeting.json"
SCHOOL_NAME = "中共太原理工大学委员会"
BIG_MEETING_TITLE = "全校党建工作推进大会（大型会议基准）"
FIRST_YEAR, LAST_YEAR = 2015, 2024
PEOPLE = 8000
CHUNK = 2000  # meetings generated and written per step (one progress tick)

# School leaders have fixed names so the bench can search for people who surely exist.
LEADER_NAMES = [
    "王建国",
    "李晓华",
    "张振宇",
    "陈立新",
    "赵明远",
    "刘志刚",
    "孙丽萍",
    "周卫东",
    "吴海燕",
    "郑国栋",
]
SCHOOL_OFFICES = ["党委书记", "校长", "党委副书记", "党委副书记", "纪委书记"]

UNITS = [
    "机械与运载工程学院",
    "电气与动力工程学院",
    "材料科学与工程学院",
    "化学工程与技术学院",
    "土木工程学院",
    "水利科学与工程学院",
    "建筑学院",
    "环境科学与工程学院",
    "矿业工程学院",
    "安全与应急管理工程学院",
    "计算机科学与技术学院",
    "信息与计算机学院",
    "数学学院",
    "物理学院",
    "化学学院",
    "生物医学工程学院",
    "经济管理学院",
    "政法学院",
    "外国语学院",
    "艺术学院",
    "马克思主义学院",
    "体育学院",
    "软件学院",
    "航空航天学院",
    "轻纺工程学院",
    "机关",
    "图书馆",
    "后勤管理处",
    "继续教育学院",
    "离退休工作处",
]
BRANCH_KINDS = ["教工", "本科生", "研究生", "离退休", "机关"]
ORDINALS = "一二三四五六七八九十"

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋"
    "蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国红志立新春海晓东亮宇飞鹏辉斌波宁琳慧婷雪梅云峰浩然思源嘉怡涵博佑欣晨鸣振兴卫民庆德福"

# Kind weights: 三会一课 dominate, as in any real archive.
KIND_WEIGHTS = {
    MeetingKind.BRANCH_MEMBERS: 24,
    MeetingKind.BRANCH_COMMITTEE: 22,
    MeetingKind.GROUP_MEETING: 16,
    MeetingKind.PARTY_LECTURE: 12,
    MeetingKind.THEME_DAY: 8,
    MeetingKind.ORGANISATIONAL_LIFE: 4,
    MeetingKind.THEORY_STUDY: 3,
    MeetingKind.STANDING_COMMITTEE: 3,
    MeetingKind.DEMOCRATIC_LIFE: 1,
    MeetingKind.COMMITTEE_PLENARY: 1,
    MeetingKind.PARTY_BUILDING: 1,
    MeetingKind.DISCIPLINE: 1,
    MeetingKind.DUTY_REVIEW: 1,
    MeetingKind.ORGANISATION_WORK: 1,
    MeetingKind.OTHER: 2,
}
BRANCH_HOSTED = {
    MeetingKind.BRANCH_MEMBERS,
    MeetingKind.BRANCH_COMMITTEE,
    MeetingKind.PARTY_LECTURE,
    MeetingKind.THEME_DAY,
    MeetingKind.ORGANISATIONAL_LIFE,
}
PLEDGE_KINDS = {MeetingKind.PARTY_BUILDING, MeetingKind.DISCIPLINE}

AGENDA_KINDS = [
    (AgendaKind.SPEECH, 6),
    (AgendaKind.RELAY, 4),
    (AgendaKind.STUDY, 4),
    (AgendaKind.STATEMENT, 5),
    (AgendaKind.EXCHANGE, 3),
    (AgendaKind.REPORT, 2),
    (AgendaKind.EXPLANATION, 2),
    (AgendaKind.READING, 1),
    (AgendaKind.VOTE, 1),
    (AgendaKind.REVIEW, 1),
    (AgendaKind.DUTY_REPORT, 1),
]

TOPICS = [
    "深入学习贯彻党的二十大精神",
    "学习贯彻习近平新时代中国特色社会主义思想主题教育",
    "党史学习教育",
    "不忘初心、牢记使命",
    "两学一做",
    "全面从严治党",
    "师德师风建设",
    "立德树人",
    "意识形态工作",
    "基层党组织建设质量提升",
    "作风建设年",
    "清廉校园建设",
    "一流学科建设",
    "铸牢中华民族共同体意识",
    "弘扬伟大建党精神",
]
OPENERS = [
    "会议指出，",
    "会议强调，",
    "会议要求，",
    "与会同志一致认为，",
    "大家表示，",
    "会上，",
    "讨论中，",
    "结合工作实际，",
    "对照上级部署，",
    "针对存在的问题，",
]
SUBJECTS = [
    "各级党组织",
    "全体党员",
    "党员干部",
    "广大师生",
    "各党支部",
    "领导班子成员",
    "支部委员",
    "青年教师",
    "学生党员",
    "机关干部",
    "党务工作者",
    "辅导员队伍",
]
VERBS = [
    "要深入学习贯彻",
    "要切实加强",
    "要持续推进",
    "要认真落实",
    "要不断完善",
    "要着力提升",
    "要牢固树立",
    "要进一步深化",
    "要坚决落实",
    "要扎实开展",
    "要全面加强",
    "要统筹推进",
    "要准确把握",
    "要始终坚持",
]
OBJECTS = [
    "习近平新时代中国特色社会主义思想",
    "党的二十大精神",
    "全面从严治党主体责任",
    "意识形态工作责任制",
    "基层党组织建设",
    "党风廉政建设",
    "师德师风建设",
    "“三会一课”制度",
    "主题教育成果",
    "党史学习教育",
    "立德树人根本任务",
    "发展党员工作",
    "组织生活会制度",
    "一流学科建设",
    "校园安全稳定工作",
    "作风建设",
    "中央八项规定精神",
    "民主集中制",
    "党员教育管理",
    "人才培养质量",
    "党建工作与业务工作深度融合",
    "新时代党的组织路线",
]
PURPOSES = [
    "，切实把思想和行动统一到上级决策部署上来",
    "，不断提高政治判断力、政治领悟力、政治执行力",
    "，推动学校各项事业高质量发展",
    "，把党的政治优势转化为发展优势",
    "，以高质量党建引领事业发展",
    "，确保各项任务落地见效",
    "，为建设高水平大学提供坚强保证",
    "，切实增强做好工作的思想自觉和行动自觉",
    "，努力在新征程上展现新作为",
    "，让党旗在教学科研一线高高飘扬",
    "",
    "",
]
DETAILS = [
    "结合{unit}实际制定了具体措施",
    "对下一阶段重点工作作出安排部署",
    "通报了{year}年第{n}季度工作进展情况",
    "逐条对照检查了存在的{n}个方面问题",
    "围绕“{topic}”进行了深入交流研讨",
    "就相关事项进行了讨论",
    "审议通过了有关事项",
    "开展了批评与自我批评",
    "听取了{n}个支部的工作汇报",
    "明确了责任分工和时间节点",
    "梳理形成了问题清单、任务清单和责任清单",
    "分享了参加{topic}专题培训的心得体会",
]
CONNECTORS = ["；", "。同时，", "。此外，", "。", "，并"]
DOCUMENT_TITLES = [
    "关于加强新时代高校党的建设的意见",
    "中国共产党章程",
    "中国共产党纪律处分条例",
    "党委（党组）落实全面从严治党主体责任规定",
    "关于新形势下党内政治生活的若干准则",
    "中国共产党支部工作条例（试行）",
    "中国共产党普通高等学校基层组织工作条例",
    "中国共产党发展党员工作细则",
    "关于进一步加强高校师德师风建设的意见",
    "中国共产党党员教育管理工作条例",
]
VENUES = [
    "明向校区行政楼第一会议室",
    "迎西校区图书馆报告厅",
    "虎峪校区学术交流中心",
    "学院会议室",
    "党员活动室",
    "明向校区学生活动中心报告厅",
    "线上（腾讯会议）",
]
TIMES = ["上午", "下午", "晚上", "08:30", "14:30", "15:00-17:00", "19:00"]
LEAVE_REASONS = ["出差", "因病", "公务外出", "授课", "参加学术会议", "家中有事"]
GROUP_NAMES = ["中层干部", "党支部书记代表", "教师代表", "学生党员代表", "校党委委员"]
DECISIONS = [
    "同意{name}同志按期转为中共正式党员",
    "同意接收{name}同志为中共预备党员",
    "通过{year}年度党支部工作计划",
    "确定{name}同志为入党积极分子",
    "通过民主评议党员结果",
]
TZ = ZoneInfo("Asia/Shanghai")


@dataclass
class OrgNode:
    pk: int
    name: str
    short_name: str
    kind: str
    parent: "OrgNode | None"
    path: str
    unit: "OrgNode | None" = None  # the 二级党委/党总支 this node belongs to
    members: list[int] = field(default_factory=list)
    pool: list[int] = field(default_factory=list)  # people who may attend its meetings
    children: list["OrgNode"] = field(default_factory=list)


@dataclass
class Term:
    person: int
    title: str
    start: datetime.date
    end: datetime.date | None


@dataclass
class ArchiveSummary:
    meetings: int = 0
    organisations: int = 0
    people: int = 0
    big_meeting_id: int | None = None
    seed_meeting_id: int | None = None


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


class Generator:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.orgs = TableWriter(
            Organisation,
            ["id", "name", "short_name", "kind", "parent", "path", "name_key", "sort_order"],
        )
        self.people = TableWriter(Person, ["id", "name", "note", "name_key"])
        self.positions = TableWriter(
            Position, ["id", "person", "organisation", "title", "start", "end"]
        )
        self.meetings = TableWriter(
            Meeting,
            [
                "id", "title", "kind", "date", "time", "venue", "host", "recorder", "expected",
                "present", "summary", "decisions", "status", "visibility", "archived",
                "retention", "file_number", "source_text", "source_url", "source_published",
                "created_by", "created_at", "updated_at", "version",
            ],
        )  # fmt: skip
        self.chairs = TableWriter(MeetingChair, ["id", "meeting", "person", "order"])
        self.attendances = TableWriter(
            Attendance, ["id", "meeting", "person", "role", "titles", "reason", "order"]
        )
        self.groups = TableWriter(AttendeeGroup, ["id", "meeting", "name", "role", "order"])
        self.agenda = TableWriter(
            AgendaItem,
            ["id", "meeting", "order", "kind", "speaker", "speaker_titles", "org", "title", "text", "document_titles"],
        )  # fmt: skip
        self.documents = TableWriter(
            Document, ["id", "meeting", "title", "issuer", "number", "file", "file_sha256", "order"]
        )
        self.pledges = TableWriter(
            Pledge, ["id", "meeting", "title", "year", "scan", "scan_sha256", "order"]
        )
        self.parties = TableWriter(PledgeParty, ["id", "pledge", "organisation", "order"])
        self.names: dict[int, str] = {}
        self.terms: dict[int, list[Term]] = defaultdict(list)  # by person
        self.office: dict[int, list[Term]] = defaultdict(list)  # by organisation
        self.counters: dict[tuple, int] = defaultdict(int)
        kinds = list(KIND_WEIGHTS)
        self.kind_choices = kinds
        self.kind_cum = _cumulative([KIND_WEIGHTS[k] for k in kinds])
        self.agenda_kinds = [k for k, _ in AGENDA_KINDS]
        self.agenda_cum = _cumulative([w for _, w in AGENDA_KINDS])
        self.days = (datetime.date(LAST_YEAR, 12, 31) - datetime.date(FIRST_YEAR, 1, 1)).days

    # --- organisations and people -------------------------------------------------

    def _org(self, name, short_name, kind, parent, order) -> OrgNode:
        pk = self.orgs.take_id()
        path = (parent.path if parent else "") + str(pk).zfill(PATH_STEP)
        node = OrgNode(pk, name, short_name, kind, parent, path)
        if parent:
            parent.children.append(node)
        self.org_rows.append(
            (pk, name, short_name, kind, parent.pk if parent else None, path, fold(name), order)
        )
        return node

    def build_tree(self) -> OrgNode:
        rng = self.rng
        self.org_rows: list[tuple] = []
        school = self._org(SCHOOL_NAME, "校党委", OrganisationKind.PARTY_COMMITTEE, None, 0)
        self.units, self.branches, self.groups_list = [], [], []
        for order, unit_name in enumerate(UNITS):
            general = rng.random() < 0.3
            suffix = "党总支" if general else "党委"
            kind = OrganisationKind.GENERAL_BRANCH if general else OrganisationKind.PARTY_COMMITTEE
            # The full official name, so it never collides with the short names that
            # real reports (the seed meeting) use for the same units.
            full = f"中共太原理工大学{unit_name}{'总支部' if general else ''}委员会"
            unit = self._org(full, unit_name + suffix, kind, school, order)
            unit.unit = unit
            self.units.append(unit)
            counts = defaultdict(int)
            for branch_order in range(rng.randint(8, 19)):
                branch_kind = rng.choice(BRANCH_KINDS)
                counts[branch_kind] += 1
                label = f"{branch_kind}第{_ordinal(counts[branch_kind])}党支部"
                branch = self._org(
                    unit_name + label, label, OrganisationKind.BRANCH, unit, branch_order
                )
                branch.unit = unit
                self.branches.append(branch)
                if rng.random() < 0.3:
                    for group_order in range(rng.randint(2, 4)):
                        label = f"第{_ordinal(group_order + 1)}党小组"
                        group = self._org(
                            branch.name + label, label, OrganisationKind.GROUP, branch, group_order
                        )
                        group.unit = unit
                        self.groups_list.append(group)
        self.orgs.write(self.org_rows)
        self.school = school
        return school

    def _random_names(self, count: int) -> list[str]:
        taken = set(Person.objects.values_list("name_key", flat=True)) | set(LEADER_NAMES)
        names = []
        while len(names) < count:
            given = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2, 2))))
            name = self.rng.choice(SURNAMES) + given
            if name not in taken:
                taken.add(name)
                names.append(name)
        return names

    def build_people(self) -> None:
        rng = self.rng
        rows = []
        leader_ids = []
        for name in LEADER_NAMES + self._random_names(PEOPLE - len(LEADER_NAMES)):
            pk = self.people.take_id()
            self.names[pk] = name
            rows.append((pk, name, "", fold(name)))
            if len(leader_ids) < len(LEADER_NAMES):
                leader_ids.append(pk)
        self.people.write(rows)
        others = list(self.names)[len(LEADER_NAMES) :]
        for person in others:
            rng.choice(self.branches).members.append(person)
        # Two terms for every office over the ten years: titles of the day change.
        switch = datetime.date(FIRST_YEAR + 5, 1, 1)
        before = switch - datetime.timedelta(days=1)
        first = datetime.date(FIRST_YEAR, 1, 1)
        for index, title in enumerate(SCHOOL_OFFICES):
            self._term(leader_ids[index], self.school, title, first, before)
            self._term(leader_ids[index + 5], self.school, title, switch, None)
        self.school.members = leader_ids
        for unit in self.units:
            unit.members = [p for b in unit.children for p in b.members]
            for title in (unit.short_name + "书记", unit.short_name + "副书记"):
                for start, end in ((first, before), (switch, None)):
                    self._term(rng.choice(unit.members), unit, title, start, end)
        for branch in self.branches:
            for title in ("支部书记", "组织委员", "宣传委员"):
                if branch.members:
                    self._term(rng.choice(branch.members), branch, title, first, None)
            # A branch's meetings draw on its members, topped up from its unit.
            extra = rng.sample(branch.unit.members, min(40, len(branch.unit.members)))
            branch.pool = branch.members + [p for p in extra if p not in set(branch.members)]
            for group in branch.children:
                group.pool = branch.pool
        for unit in self.units:
            heads = [t.person for t in self.office[unit.pk]]
            unit.pool = list(
                dict.fromkeys(heads + rng.sample(unit.members, min(60, len(unit.members))))
            )
        unit_heads = [t.person for u in self.units for t in self.office[u.pk]]
        self.school.pool = list(dict.fromkeys(leader_ids + unit_heads))
        self.positions.write(
            [
                (self.positions.take_id(), t.person, org, t.title, t.start, t.end)
                for org, terms in self.office.items()
                for t in terms
            ]
        )

    def _term(self, person, org, title, start, end) -> None:
        term = Term(person, title, start, end)
        self.terms[person].append(term)
        self.office[org.pk].append(term)

    # --- meetings -----------------------------------------------------------------

    def titles_of(self, person: int, date: datetime.date) -> str:
        return TITLE_SEPARATOR.join(
            t.title
            for t in self.terms.get(person, ())
            if t.start <= date and (t.end is None or date <= t.end)
        )

    def holder(self, org: OrgNode, date: datetime.date) -> int | None:
        """Who held the organisation's first office (its 书记) on that day."""
        for term in self.office.get(org.pk, ()):
            if term.start <= date and (term.end is None or date <= term.end):
                return term.person
        return None

    def text(self, *, unit: str, year: int, speaker: str | None = None) -> str:
        rng = self.rng
        if speaker and rng.random() < 0.4:
            parts = [speaker + rng.choice(("指出，", "强调，", "要求，", "在讲话中指出，"))]
        else:
            parts = [rng.choice(OPENERS)]
        for index in range(rng.randint(1, 4)):
            if index:
                parts.append(rng.choice(CONNECTORS))
            if rng.random() < 0.6:
                parts.append(
                    rng.choice(SUBJECTS)
                    + rng.choice(VERBS)
                    + rng.choice(OBJECTS)
                    + rng.choice(PURPOSES)
                )
            else:
                parts.append(
                    rng.choice(DETAILS).format(
                        unit=unit, year=year, n=rng.randint(1, 4), topic=rng.choice(TOPICS)
                    )
                )
        return "".join(parts) + "。"

    def pick_kind(self) -> str:
        return self.rng.choices(self.kind_choices, cum_weights=self.kind_cum)[0]

    def pick_host(self, kind: str) -> OrgNode:
        rng = self.rng
        if kind in BRANCH_HOSTED:
            return rng.choice(self.branches)
        if kind == MeetingKind.GROUP_MEETING:
            return rng.choice(self.groups_list)
        if kind in (
            MeetingKind.STANDING_COMMITTEE,
            MeetingKind.COMMITTEE_PLENARY,
            MeetingKind.PARTY_BUILDING,
            MeetingKind.DISCIPLINE,
        ):
            return self.school if rng.random() < 0.5 else rng.choice(self.units)
        return self.school if rng.random() < 0.2 else rng.choice(self.units)

    def title(self, kind: str, host: OrgNode, year: int) -> str:
        branch_level = host.kind in (OrganisationKind.BRANCH, OrganisationKind.GROUP)
        label = host.name if branch_level else host.short_name
        if kind == MeetingKind.PARTY_LECTURE:
            return f"{label}“{self.rng.choice(TOPICS)}”专题党课"
        if kind == MeetingKind.THEME_DAY:
            return f"{label}“{self.rng.choice(TOPICS)}”主题党日活动"
        key = (host.pk, kind, year)
        self.counters[key] += 1
        return f"{label}{year}年第{self.counters[key]}次{kind}"

    def meeting(
        self,
        rows: dict[str, list],
        *,
        kind: str,
        host: OrgNode,
        date: datetime.date,
        attendees: int,
        agenda: int,
        title: str | None = None,
        status: str = MeetingStatus.PUBLISHED,
        visibility: str = MeetingVisibility.PUBLIC,
        archived: bool = False,
    ) -> int:
        rng = self.rng
        unit_name = (host.unit or host).short_name
        pool = host.pool
        chair = self.holder(host, date) or pool[0]
        others = [p for p in pool if p != chair]
        people = [chair] + rng.sample(others, min(attendees, len(others) + 1) - 1)
        if attendees > len(people):  # only the big meeting outgrows its host's pool
            chosen = set(people)
            rest = [p for p in self.names if p not in chosen]
            people += rng.sample(rest, attendees - len(people))
        three = kind in THREE_MEETINGS_ONE_LECTURE
        excused = rng.choice((0, 0, 1, 1, 2, 3)) if three else 0
        pk = self.meetings.take_id()
        moment = datetime.datetime.combine(
            date + datetime.timedelta(days=1), datetime.time(18, 0), tzinfo=TZ
        )
        year = date.year
        decisions = "\n".join(
            rng.choice(DECISIONS).format(name=self.names[rng.choice(people)], year=year)
            for _ in range(rng.choice((0, 0, 1, 2, 3)))
        )
        rows["meetings"].append(
            (
                pk, title or self.title(kind, host, year), kind, date, rng.choice(TIMES),
                rng.choice(VENUES), host.pk, people[-1] if rng.random() < 0.4 else None,
                len(people) if three else None, len(people) if three else None,
                self.text(unit=unit_name, year=year), decisions, status, visibility, archived,
                "", "", "", "", None, None, moment, moment, 1,
            )
        )  # fmt: skip
        rows["chairs"].append((self.chairs.take_id(), pk, chair, 0))
        for order, person in enumerate(people):
            if order >= len(people) - excused:
                role, reason = AttendanceRole.EXCUSED, rng.choice(LEAVE_REASONS)
            elif not three and order and rng.random() < 0.05:
                role, reason = AttendanceRole.OBSERVER, ""
            else:
                role, reason = AttendanceRole.ATTENDED, ""
            rows["attendances"].append(
                (
                    self.attendances.take_id(), pk, person, role,
                    self.titles_of(person, date), reason, order,
                )
            )  # fmt: skip
        if host is self.school:
            for order, name in enumerate(rng.sample(GROUP_NAMES, rng.randint(1, 3))):
                rows["groups"].append(
                    (self.groups.take_id(), pk, name, AttendanceRole.PARTICIPANT, order)
                )
        present = people[: len(people) - excused] or people
        for order in range(agenda):
            if order == 0:
                item_kind, speaker, org = AgendaKind.CHAIRING, chair, None
            else:
                item_kind = rng.choices(self.agenda_kinds, cum_weights=self.agenda_cum)[0]
                speaker, org = rng.choice(present), None
                by_org = item_kind in (AgendaKind.EXCHANGE, AgendaKind.DUTY_REPORT)
                if by_org and host.children and rng.random() < 0.5:
                    speaker, org = None, rng.choice(host.children).pk
            topic = (
                rng.choice(TOPICS)
                if item_kind in (AgendaKind.REPORT, AgendaKind.EXPLANATION)
                else ""
            )
            rows["agenda"].append(
                (
                    self.agenda.take_id(), pk, order, item_kind, speaker,
                    self.titles_of(speaker, date) if speaker else "", org, topic,
                    self.text(
                        unit=unit_name, year=year,
                        speaker=self.names[speaker] if speaker else None,
                    ),
                    rng.choice(DOCUMENT_TITLES) if rng.random() < 0.1 else "",
                )
            )  # fmt: skip
        if rng.random() < 0.3:
            for order in range(rng.randint(1, 2)):
                number = rng.randint(1, 60)
                title = (
                    rng.choice(DOCUMENT_TITLES)
                    if rng.random() < 0.7
                    else f"{unit_name}{year}年党建工作要点"
                )
                rows["documents"].append(
                    (
                        self.documents.take_id(), pk, title, SCHOOL_NAME,
                        f"校党发〔{year}〕{number}号", "", "", order,
                    )
                )  # fmt: skip
        if kind in PLEDGE_KINDS and host is self.school:
            pledge = self.pledges.take_id()
            name = rng.choice(("党风廉政建设责任书", "全面从严治党主体责任书"))
            rows["pledges"].append((pledge, pk, f"{year}年度{name}", year, "", "", 0))
            parties = [self.school] + rng.sample(self.units, rng.randint(5, 12))
            for order, party in enumerate(parties):
                rows["parties"].append((self.parties.take_id(), pledge, party.pk, order))
        return pk

    def random_meeting(self, rows: dict[str, list]) -> int:
        rng = self.rng
        kind = self.pick_kind()
        date = datetime.date(FIRST_YEAR, 1, 1) + datetime.timedelta(days=rng.randrange(self.days))
        roll = rng.random()
        return self.meeting(
            rows,
            kind=kind,
            host=self.pick_host(kind),
            date=date,
            attendees=rng.randint(5, 9)
            if kind == MeetingKind.BRANCH_COMMITTEE
            else rng.randint(5, 40),
            agenda=rng.randint(3, 20),
            status=MeetingStatus.DRAFT if roll < 0.04 else MeetingStatus.PUBLISHED,
            visibility=MeetingVisibility.INTERNAL if roll > 0.85 else MeetingVisibility.PUBLIC,
            archived=0.04 <= roll < 0.05,
        )

    def write(self, rows: dict[str, list]) -> None:
        # Parents before children, for the foreign keys.
        for name in (
            "meetings",
            "chairs",
            "attendances",
            "groups",
            "agenda",
            "documents",
            "pledges",
            "parties",
        ):
            getattr(self, name).write(rows[name])
            rows[name].clear()


def _cumulative(weights: Iterable[int]) -> list[int]:
    total, out = 0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


def _ordinal(number: int) -> str:
    return ORDINALS[number - 1] if number <= len(ORDINALS) else str(number)


def seed_meeting_import() -> Meeting:
    """The founding report, imported through the real service so the bench can find it."""
    from meetings.services import meeting_records_import

    record = json.loads(SEED_RECORD_PATH.read_text(encoding="utf-8"))
    existing = Meeting.objects.filter(title=record["title"]).order_by("pk").first()
    return existing or meeting_records_import(records=record)[0]


def archive_generate(
    *, meetings: int, seed: int = 1, progress: Callable[[int], None] | None = None
) -> ArchiveSummary:
    """Add a synthetic archive of `meetings` meetings (plus the big and the seed meeting).

    `progress` is called with the number of meetings written after each chunk.
    """
    summary = ArchiveSummary(seed_meeting_id=seed_meeting_import().pk)
    generator = Generator(seed)
    with transaction.atomic():
        generator.build_tree()
        generator.build_people()
        rows: dict[str, list] = defaultdict(list)
        done = 0
        while done < meetings:
            size = min(CHUNK, meetings - done)
            for _ in range(size):
                generator.random_meeting(rows)
            generator.write(rows)
            done += size
            if progress:
                progress(size)
        summary.big_meeting_id = generator.meeting(
            rows,
            kind=MeetingKind.PARTY_BUILDING,
            host=generator.school,
            date=datetime.date(LAST_YEAR, 12, 20),
            attendees=300,
            agenda=60,
            title=BIG_MEETING_TITLE,
        )
        generator.write(rows)
        _reset_sequences()
    if connection.vendor == "postgresql":
        # Fresh statistics, so the planner sees the new row counts before the first query.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    summary.meetings = generator.meetings.written
    summary.organisations = generator.orgs.written
    summary.people = generator.people.written
    return summary


def _reset_sequences() -> None:
    """Explicit ids leave PostgreSQL's sequences behind; move them past the new rows."""
    if connection.vendor != "postgresql":
        return
    written = [
        Organisation, Person, Position, Meeting, MeetingChair, Attendance, AttendeeGroup,
        AgendaItem, Document, Pledge, PledgeParty,
    ]  # fmt: skip
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), written):
            cursor.execute(sql)
