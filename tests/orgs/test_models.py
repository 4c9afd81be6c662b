import pytest

from orgs.models import (
    PATH_STEP,
    Organisation,
    OrganisationKind,
    organisation_kind_from_name,
    tree_label,
)
from tests.factories import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db


def test_descendants_of_includes_the_whole_subtree_and_nothing_else():
    school = OrganisationFactory(name="校党委", kind=OrganisationKind.PARTY_COMMITTEE)
    college = OrganisationFactory(name="机械学院党委", parent=school)
    branch = OrganisationFactory(name="机械系党支部", parent=college)
    group = OrganisationFactory(name="第一党小组", parent=branch)
    other = OrganisationFactory(name="外校党委")

    subtree = set(Organisation.objects.descendants_of(college))

    assert subtree == {college, branch, group}
    assert other not in set(Organisation.objects.descendants_of(school))
    assert set(Organisation.objects.descendants_of(college, include_self=False)) == {branch, group}


def test_moving_an_organisation_moves_its_descendants():
    school = OrganisationFactory(name="校党委")
    old_parent = OrganisationFactory(name="甲学院党委", parent=school)
    new_parent = OrganisationFactory(name="乙学院党委", parent=school)
    branch = OrganisationFactory(name="某党支部", parent=old_parent)
    group = OrganisationFactory(name="某党小组", parent=branch)

    branch.parent = new_parent
    branch.save()

    group.refresh_from_db()
    assert group.path.startswith(new_parent.path)
    assert set(Organisation.objects.descendants_of(new_parent)) == {new_parent, branch, group}
    assert set(Organisation.objects.descendants_of(old_parent)) == {old_parent}
    assert group.depth == 3


def test_an_organisation_cannot_become_its_own_descendant():
    from django.core.exceptions import ValidationError

    top = OrganisationFactory(name="甲党委")
    child = OrganisationFactory(name="甲党支部", parent=top)
    top.parent = child
    with pytest.raises(ValidationError):
        top.full_clean()


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("机械系第一党小组", OrganisationKind.GROUP),
        ("材料加工系党支部", OrganisationKind.BRANCH),
        ("图书馆直属党总支", OrganisationKind.GENERAL_BRANCH),
        ("電氣與動力工程學院黨委", OrganisationKind.PARTY_COMMITTEE),
        ("太原理工大学", OrganisationKind.ADMINISTRATIVE),
        ("某某协会", OrganisationKind.OTHER),
    ],
)
def test_kind_is_guessed_from_the_name_ending(name, kind):
    assert organisation_kind_from_name(name) == kind


def test_person_name_key_folds_traditional_and_whitespace():
    person = PersonFactory(name=" 鄭 強 ")
    assert person.name == "鄭 強"
    assert person.name_key == "郑强"


def test_two_people_may_share_a_name():
    first = PersonFactory(name="王伟", note="机械学院")
    second = PersonFactory(name="王伟", note="化学学院")
    assert first.pk != second.pk
    assert str(first) == "王伟（机械学院）"


def test_a_tree_label_indents_a_unit_one_full_width_space_per_level_below_the_root():
    assert tree_label("太原理工大学", "0" * PATH_STEP) == "太原理工大学"
    assert tree_label("光电工程学院党委", "0" * PATH_STEP * 2) == "\u3000光电工程学院党委"
    assert tree_label("第一党支部", "0" * PATH_STEP * 4) == "\u3000\u3000\u3000第一党支部"
