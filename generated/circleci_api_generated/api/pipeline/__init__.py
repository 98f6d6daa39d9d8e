"""Operations tagged ``pipeline``."""
