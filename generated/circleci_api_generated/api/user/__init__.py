"""Operations tagged ``user``."""
