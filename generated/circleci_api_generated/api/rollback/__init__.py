"""Operations tagged ``rollback``."""
