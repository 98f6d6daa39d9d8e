"""Operations tagged ``project``."""
