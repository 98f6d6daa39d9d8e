"""Operations tagged ``schedule``."""
