"""Operations tagged ``policy_management``."""
