"""Operations tagged ``webhook``."""
