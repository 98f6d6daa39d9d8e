"""Operations tagged ``groups``."""
