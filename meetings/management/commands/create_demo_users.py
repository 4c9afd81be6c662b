from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from orgs.models import ClerkScope, Organisation

# Demo logins for `make run` only: printed on purpose so a newcomer can sign in.
DEMO_USERS = [
    # username, password, description, superuser, group
    ("admin", "admin-demo-2023", "超级管理员", True, None),
    ("clerk", "clerk-demo-2023", "录入员（太原理工大学及下级组织）", False, "录入员"),
    (
        "reviewer",
        "reviewer-demo-2023",
        "审核人（审核太原理工大学及下级组织报送的记录）",
        False,
        "审核人",
    ),
    ("reader", "reader-demo-2023", "查阅人（可查阅内部会议）", False, "查阅人"),
]
SCOPED_USERS = ["clerk", "reviewer"]
CLERK_ORGANISATION = "太原理工大学"


class Command(BaseCommand):
    help = "创建演示账号（admin、clerk、reviewer、reader）并打印登录信息；已存在时重置其密码。"

    def add_arguments(self, parser):
        parser.add_argument(
            "--address", default="http://127.0.0.1:8000", help="服务地址（make run 传入实际端口）"
        )

    @transaction.atomic
    def handle(self, *args, address, **options):
        User = get_user_model()
        lines = []
        for username, password, description, superuser, group_name in DEMO_USERS:
            user, _ = User.objects.get_or_create(username=username)
            # Readers (查阅人) log in at /accounts/login/ and have no business in the admin.
            user.is_staff = group_name != "查阅人"
            user.is_superuser = superuser
            user.set_password(password)
            user.save()
            if group_name:
                user.groups.set([Group.objects.get(name=group_name)])
            lines.append(f"  {description}: 用户名 {username}  密码 {password}")
        organisation = Organisation.objects.filter(name=CLERK_ORGANISATION).first()
        for username in SCOPED_USERS if organisation else []:
            ClerkScope.objects.get_or_create(
                user=User.objects.get(username=username), organisation=organisation
            )
        self.stdout.write(f"演示账号（录入：{address}/admin/ ；查阅：{address}/accounts/login/）：")
        self.stdout.write("\n".join(lines))
