"""Operations tagged ``oidc_token_management``."""
