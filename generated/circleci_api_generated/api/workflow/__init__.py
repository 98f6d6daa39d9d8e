"""Operations tagged ``workflow``."""
