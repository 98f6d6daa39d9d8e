"""Generated string enum ``CreatePipelineDefinitionRequestCheckoutSourceProvider``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["CreatePipelineDefinitionRequestCheckoutSourceProvider"]


class CreatePipelineDefinitionRequestCheckoutSourceProvider(OpenEnum):
    """Values of ``CreatePipelineDefinitionRequestCheckoutSourceProvider``.  Unknown values load as members with ``is_known == False``."""

    GITHUB_APP = "github_app"
    GITHUB_SERVER = "github_server"
