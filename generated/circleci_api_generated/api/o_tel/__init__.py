"""Operations tagged ``o_tel``."""
