"""Operations tagged ``context``."""
