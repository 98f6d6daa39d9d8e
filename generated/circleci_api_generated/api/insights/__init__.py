"""Operations tagged ``insights``."""
