"""Generated string enum ``ListCheckoutKeysDigest``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["ListCheckoutKeysDigest"]


class ListCheckoutKeysDigest(OpenEnum):
    """Values of ``ListCheckoutKeysDigest``.  Unknown values load as members with ``is_known == False``."""

    SHA256 = "sha256"
    MD5 = "md5"
