"""Operations tagged ``deploy``."""
