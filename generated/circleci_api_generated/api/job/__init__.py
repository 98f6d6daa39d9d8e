"""Operations tagged ``job``."""
