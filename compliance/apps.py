from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplianceConfig(AppConfig):
    name = "compliance"
    verbose_name = _("三会一课")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from compliance.models import Rule, RuleVersion

        for model in (Rule, RuleVersion):
            for signal in (post_save, post_delete):
                signal.connect(
                    _rules_changed,
                    sender=model,
                    dispatch_uid=f"rules-generation-{model.__name__}-{signal is post_save}",
                )


def _rules_changed(sender, **kwargs):
    from common.cache import generation_bump
    from compliance.selectors import RULES_GENERATION

    generation_bump(RULES_GENERATION)
