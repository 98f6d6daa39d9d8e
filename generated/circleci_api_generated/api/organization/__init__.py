"""Operations tagged ``organization``."""
