"""Operations tagged ``usage``."""
