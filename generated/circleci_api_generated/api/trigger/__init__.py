"""Operations tagged ``trigger``."""
